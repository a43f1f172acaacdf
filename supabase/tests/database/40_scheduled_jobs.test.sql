-- The scheduled jobs: the hourly usage report through pg_net with the key from Vault, and the daily
-- maintenance (expired cache entries, ended Free periods).
begin;
create extension if not exists pgtap with schema extensions;
select plan(15);

select is(array(select format('%s | %s | %s | %s', jobname, schedule, command, active)
                 from cron.job order by jobname),
          array['daily-maintenance | 15 3 * * * | select public.run_daily_maintenance() | t',
                'report-stripe-usage | 0 * * * * | select public.invoke_edge_function(''report-stripe-usage'') | t'],
          'pg_cron runs the usage report hourly and the maintenance daily');
select is((select count(*)::int from cron.job where database <> 'postgres'), 0, 'in the project''s database');

-- Without the Vault entries the job fails loudly instead of posting nowhere.
select throws_ok($$select public.invoke_edge_function('report-stripe-usage')$$, '22023',
                 'vault secrets project_url and service_role_key are required', 'no Vault entries: an error');
select is((select count(*)::int from net._test_requests), 0, 'and nothing sent');

-- The operator's Vault entries (docs/BACKEND.md).
select vault.create_secret('https://abcdefgh.supabase.co/', 'project_url', 'the project URL for pg_cron');
select vault.create_secret('service-role-key-for-tests', 'service_role_key', 'the key pg_cron calls with');
select is((select count(*)::int from vault.secrets where secret like '%service-role-key-for-tests%'), 0,
          'the Vault stand-in stores no plain text');

-- What the cron job runs, run now.
do $$ begin execute (select command from cron.job where jobname = 'report-stripe-usage'); end $$;
select results_eq($$select method, url, headers, body from net._test_requests$$,
                  $$values ('POST', 'https://abcdefgh.supabase.co/functions/v1/report-stripe-usage',
                            '{"Authorization": "Bearer service-role-key-for-tests",
                              "Content-Type": "application/json"}'::jsonb, '{}'::jsonb)$$,
                  'the job POSTs {} to the function with the service role key from Vault');
select is((select count(*)::int from cron.job where command ~* 'bearer|key-for-tests|supabase\.co'), 0,
          'no key or URL is written in the job');
select throws_ok($$select public.invoke_edge_function('../auth/v1/admin')$$, '22023', null,
                 'only a plain function name is accepted');
select is(has_function_privilege('authenticated', 'public.invoke_edge_function(text)', 'execute'), false,
          'a signed-in user cannot make the database call functions with the service key');
select is(has_schema_privilege('authenticated', 'vault', 'usage'), false, 'nor read Vault');

-- The daily maintenance.
insert into auth.users (id, email) values
    ('66666666-6666-4666-8666-666666666666', 'idle@example.com'),
    ('77777777-7777-4777-8777-777777777777', 'paid@example.com');
update public.subscription_settings
   set period_start = (now() at time zone 'utc')::date - interval '1 month 1 day',
       period_end = (now() at time zone 'utc')::date - interval '1 day', used = 123
 where user_id = '66666666-6666-4666-8666-666666666666';
update public.subscription_settings
   set plan = 'premium', quota = 200000, stripe_subscription_id = 'sub_p', used = 5,
       period_start = (now() at time zone 'utc')::date - interval '1 month 1 day',
       period_end = (now() at time zone 'utc')::date - interval '1 day'
 where user_id = '77777777-7777-4777-8777-777777777777';
insert into public.cache_store (key, value, expires_at) values
    ('old', '1', now() - interval '8 days'),
    ('recently-expired', '2', now() - interval '1 day'),
    ('fresh', '3', now() + interval '1 hour');
delete from public.audit_log;

do $$ begin execute (select command from cron.job where jobname = 'daily-maintenance'); end $$;
select results_eq('select key from public.cache_store order by key', array['fresh', 'recently-expired'],
                  'cache entries expired for more than 7 days are purged, the others kept (served stale)');
select results_eq($$select used, period_start, period_end from public.subscription_settings
                    where user_id = '66666666-6666-4666-8666-666666666666'$$,
                  $$select 0::bigint, ((now() at time zone 'utc')::date - interval '1 day')::date,
                           ((now() at time zone 'utc')::date - interval '1 day' + interval '1 month')::date$$,
                  'an idle user''s ended Free period rolls over');
select is((select used from public.subscription_settings where user_id = '77777777-7777-4777-8777-777777777777'),
          5::bigint, 'a paid plan is left to Stripe''s webhooks');
select results_eq($$select action, job_status, job_result ->> 'cache_entries_purged' from public.audit_log$$,
                  $$values ('daily_maintenance', 'completed', '1')$$, 'the job writes one audit_log row');
select ok((select (job_result ->> 'free_periods_rolled_over')::int >= 1 from public.audit_log),
          'with the number of periods rolled over');

select * from finish();
rollback;
