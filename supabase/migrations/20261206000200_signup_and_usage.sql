-- Signup (profile + Free plan) and usage counting. Days and periods are UTC dates.

-- The Free plan's monthly quota, in API units.
create function public.free_plan_quota() returns bigint
    language sql immutable
    set search_path = ''
as $$ select 10000::bigint $$;

-- After a Supabase Auth signup: the user's profile and their Free plan for one month from today.
create function public.handle_new_user() returns trigger
    language plpgsql security definer
    set search_path = ''
as $$
declare
  today date := (now() at time zone 'utc')::date;
begin
  insert into public.profiles (id, email, display_name)
  values (new.id, new.email,
          coalesce(new.raw_user_meta_data ->> 'display_name', new.raw_user_meta_data ->> 'full_name',
                   new.raw_user_meta_data ->> 'name'));
  insert into public.subscription_settings (user_id, plan, status, quota, used, period_start, period_end)
  values (new.id, 'free', 'active', public.free_plan_quota(), 0, today, (today + interval '1 month')::date);
  return new;
end
$$;

create trigger on_auth_user_created
    after insert on auth.users
    for each row execute function public.handle_new_user();

-- A Free plan (no Stripe subscription) whose period has ended starts a new one with nothing used: the
-- period advances in whole months from its start until it holds today. Paid plans are left to Stripe's
-- invoice.paid webhook. Returns whether the period rolled over.
create function public.roll_over_free_period(p_user_id uuid) returns boolean
    language plpgsql security definer
    set search_path = ''
as $$
declare
  today date := (now() at time zone 'utc')::date;
  start_date date;
  months integer := 1;
begin
  select s.period_start into start_date
    from public.subscription_settings s
   where s.user_id = p_user_id and s.plan = 'free' and s.stripe_subscription_id is null
     and s.period_end <= today
     for update;
  if not found then
    return false;
  end if;
  while (start_date + make_interval(months => months + 1))::date <= today loop
    months := months + 1;
  end loop;
  update public.subscription_settings s
     set period_start = (start_date + make_interval(months => months))::date,
         period_end = (start_date + make_interval(months => months + 1))::date,
         used = 0,
         updated_at = now()
   where s.user_id = p_user_id;
  return true;
end
$$;

-- Counts p_units API units on p_platform for the signed-in user (auth.uid()), once per
-- (user, p_idempotency_key): a repeated key returns the result it returned the first time and changes
-- nothing. Going over the quota is allowed (the overage is billed). Adds to today's history row.
-- Returns {plan, quota, used, remaining, overage, period_end}.
create function public.increment_usage(p_units bigint, p_platform text, p_idempotency_key text)
    returns jsonb
    language plpgsql security definer
    set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  today date := (now() at time zone 'utc')::date;
  inserted integer;
  settings public.subscription_settings;
  outcome jsonb;
begin
  if p_units is null or p_units <= 0 then
    raise exception 'p_units must be a positive integer' using errcode = '22023';
  end if;
  if p_platform is null or p_platform not in ('youtube', 'instagram', 'tiktok') then
    raise exception 'unknown platform: %', coalesce(p_platform, '') using errcode = '22023';
  end if;
  if p_idempotency_key is null or p_idempotency_key = '' then
    raise exception 'p_idempotency_key must not be empty' using errcode = '22023';
  end if;
  if uid is null then
    raise exception 'permission denied for function increment_usage' using errcode = '42501';
  end if;

  -- Claim the key first: a concurrent call with the same key waits here until this one commits, then
  -- finds the key taken and returns the stored result.
  insert into public.usage_increments (user_id, idempotency_key, platform, units)
  values (uid, p_idempotency_key, p_platform, p_units)
  on conflict (user_id, idempotency_key) do nothing;
  get diagnostics inserted = row_count;
  if inserted = 0 then
    select u.result into outcome
      from public.usage_increments u
     where u.user_id = uid and u.idempotency_key = p_idempotency_key;
    return outcome;
  end if;

  perform public.roll_over_free_period(uid);
  update public.subscription_settings s
     set used = s.used + p_units, updated_at = now()
   where s.user_id = uid
  returning s.* into settings;
  if not found then
    raise exception 'no subscription settings for this user' using errcode = 'P0002';
  end if;

  insert into public.quota_usage_history as h (user_id, day, platform, units)
  values (uid, today, p_platform, p_units)
  on conflict (user_id, day, platform) do update set units = h.units + excluded.units;

  outcome := jsonb_build_object(
    'plan', settings.plan,
    'quota', settings.quota,
    'used', settings.used,
    'remaining', greatest(0, settings.quota - settings.used),
    'overage', greatest(0, settings.used - settings.quota),
    'period_end', to_char(settings.period_end, 'YYYY-MM-DD'));
  update public.usage_increments u
     set result = outcome
   where u.user_id = uid and u.idempotency_key = p_idempotency_key;
  return outcome;
end
$$;

-- PostgreSQL grants EXECUTE to PUBLIC and Supabase to the API roles: only what is meant to be called
-- through the API stays callable. increment_usage is the signed-in user's RPC; the rest are internal.
revoke execute on function public.handle_new_user() from public, anon, authenticated, service_role;
revoke execute on function public.roll_over_free_period(uuid) from public, anon, authenticated;
grant execute on function public.roll_over_free_period(uuid) to service_role;
revoke execute on function public.increment_usage(bigint, text, text) from public, anon, service_role;
grant execute on function public.increment_usage(bigint, text, text) to authenticated;
revoke execute on function public.free_plan_quota() from public, anon, authenticated;
grant execute on function public.free_plan_quota() to service_role;
