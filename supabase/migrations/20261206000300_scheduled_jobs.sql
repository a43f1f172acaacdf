-- Scheduled jobs (pg_cron): the hourly usage report, which calls the report-stripe-usage Edge Function
-- through pg_net with the service role key read from Vault, and the daily maintenance.
-- The operator creates the two Vault secrets (docs/BACKEND.md); no secret is ever written here:
--   select vault.create_secret('https://<project-ref>.supabase.co', 'project_url');
--   select vault.create_secret('<service role key>', 'service_role_key');

create extension if not exists pg_cron with schema pg_catalog;
grant usage on schema cron to postgres;
grant all privileges on all tables in schema cron to postgres;

-- pg_net (HTTP from SQL) and Vault, as Supabase enables them. Where they are not available (the tests'
-- plain PostgreSQL) the `net` and `vault` schemas come from stand-ins with the same names and signatures.
do $$
begin
  if exists (select 1 from pg_catalog.pg_available_extensions where name = 'pg_net') then
    create extension if not exists pg_net with schema extensions;
  end if;
  if exists (select 1 from pg_catalog.pg_available_extensions where name = 'supabase_vault') then
    create extension if not exists supabase_vault with schema vault;
  end if;
end
$$;

-- POSTs {} to the Edge Function `function_name` as the service role. Returns pg_net's request id.
create function public.invoke_edge_function(function_name text) returns bigint
    language plpgsql security definer
    set search_path = ''
as $$
declare
  project_url text;
  service_key text;
begin
  if function_name is null or function_name !~ '^[a-z0-9][a-z0-9_-]*$' then
    raise exception 'invalid function name: %', coalesce(function_name, '') using errcode = '22023';
  end if;
  select d.decrypted_secret into project_url from vault.decrypted_secrets d where d.name = 'project_url';
  select d.decrypted_secret into service_key from vault.decrypted_secrets d where d.name = 'service_role_key';
  if project_url is null or service_key is null then
    raise exception 'vault secrets project_url and service_role_key are required' using errcode = '22023';
  end if;
  return net.http_post(
    url := rtrim(project_url, '/') || '/functions/v1/' || function_name,
    headers := jsonb_build_object('Authorization', 'Bearer ' || service_key,
                                  'Content-Type', 'application/json'),
    body := '{}'::jsonb,
    timeout_milliseconds := 60000);
end
$$;

-- Daily: drops cache entries expired for more than 7 days and rolls over every ended Free period (those of
-- users who used nothing since; increment_usage rolls over the others). Logs one audit_log row.
create function public.run_daily_maintenance() returns jsonb
    language plpgsql security definer
    set search_path = ''
as $$
declare
  purged integer;
  rolled integer := 0;
  uid uuid;
  summary jsonb;
begin
  delete from public.cache_store c where c.expires_at < now() - interval '7 days';
  get diagnostics purged = row_count;
  for uid in
    select s.user_id from public.subscription_settings s
     where s.plan = 'free' and s.stripe_subscription_id is null
       and s.period_end <= (now() at time zone 'utc')::date
  loop
    if public.roll_over_free_period(uid) then
      rolled := rolled + 1;
    end if;
  end loop;
  summary := jsonb_build_object('cache_entries_purged', purged, 'free_periods_rolled_over', rolled);
  insert into public.audit_log (action, job_type, job_status, job_result)
  values ('daily_maintenance', 'cron', 'completed', summary);
  return summary;
end
$$;

revoke execute on function public.invoke_edge_function(text) from public, anon, authenticated, service_role;
revoke execute on function public.run_daily_maintenance() from public, anon, authenticated;
grant execute on function public.run_daily_maintenance() to service_role;

select cron.schedule('report-stripe-usage', '0 * * * *',
                     $$select public.invoke_edge_function('report-stripe-usage')$$);
select cron.schedule('daily-maintenance', '15 3 * * *', $$select public.run_daily_maintenance()$$);
