-- increment_usage: what it returns, idempotency per user and key, overage, today's history row, bad input,
-- no signed-in user, and the Free period rollover.
begin;
create extension if not exists pgtap with schema extensions;
select plan(31);

insert into auth.users (id, email) values
    ('11111111-1111-4111-8111-111111111111', 'a@example.com'),
    ('22222222-2222-4222-8222-222222222222', 'b@example.com');

select function_returns('public', 'increment_usage', array['bigint', 'text', 'text'], 'jsonb');
select is_definer('public', 'increment_usage', array['bigint', 'text', 'text'], 'increment_usage is SECURITY DEFINER');

select set_config('request.jwt.claims',
                  '{"sub": "11111111-1111-4111-8111-111111111111", "role": "authenticated"}', true);
set local role authenticated;

select is(public.increment_usage(100, 'youtube', 'k1'),
          jsonb_build_object('plan', 'free', 'quota', 10000, 'used', 100, 'remaining', 9900, 'overage', 0,
                             'period_end', to_char((now() at time zone 'utc')::date + interval '1 month',
                                                   'YYYY-MM-DD')),
          'the first call counts and returns {plan, quota, used, remaining, overage, period_end}');
select is(public.increment_usage(100, 'youtube', 'k1') ->> 'used', '100', 'the same key again: nothing counted');
select is(public.increment_usage(7, 'tiktok', 'k1') ->> 'used', '100',
          'the same key with other arguments: the first result, nothing counted');
select is(public.increment_usage(50, 'youtube', 'k2') ->> 'used', '150', 'a new key counts');
select is(public.increment_usage(5, 'instagram', 'k3') ->> 'remaining', '9845', 'remaining = quota - used');

select results_eq($$select platform, units from public.quota_usage_history
                    where day = (now() at time zone 'utc')::date order by platform$$,
                  $$values ('instagram', 5::bigint), ('youtube', 150::bigint)$$,
                  'today''s history row per platform accumulates the units');

-- Over the quota: allowed, the overage is reported.
select is(public.increment_usage(10000, 'tiktok', 'k4'),
          jsonb_build_object('plan', 'free', 'quota', 10000, 'used', 10155, 'remaining', 0, 'overage', 155,
                             'period_end', to_char((now() at time zone 'utc')::date + interval '1 month',
                                                   'YYYY-MM-DD')),
          'going over the quota is allowed: remaining 0, overage counted');
select is(public.increment_usage(1, 'tiktok', 'k1') ->> 'used', '100',
          'an old key still returns its stored result');

-- Bad input: PostgreSQL's invalid_parameter_value (22023), the contract's messages.
select throws_ok($$select public.increment_usage(0, 'youtube', 'bad1')$$, '22023',
                 'p_units must be a positive integer', 'p_units 0');
select throws_ok($$select public.increment_usage(-5, 'youtube', 'bad2')$$, '22023',
                 'p_units must be a positive integer', 'p_units negative');
select throws_ok($$select public.increment_usage(null, 'youtube', 'bad3')$$, '22023',
                 'p_units must be a positive integer', 'p_units null');
select throws_ok($$select public.increment_usage(1, 'myspace', 'bad4')$$, '22023', 'unknown platform: myspace',
                 'an unknown platform');
select throws_ok($$select public.increment_usage(1, 'YouTube', 'bad5')$$, '22023', 'unknown platform: YouTube',
                 'platform names are lower case');
select throws_ok($$select public.increment_usage(1, null, 'bad6')$$, '22023', 'unknown platform: ',
                 'platform null');
select throws_ok($$select public.increment_usage(1, 'youtube', '')$$, '22023',
                 'p_idempotency_key must not be empty', 'an empty key');
select throws_ok($$select public.increment_usage(1, 'youtube', null)$$, '22023',
                 'p_idempotency_key must not be empty', 'a null key');
select is((select used from public.subscription_settings), 10155::bigint, 'bad calls counted nothing');

-- Another user's identical key is theirs.
reset role;
select set_config('request.jwt.claims',
                  '{"sub": "22222222-2222-4222-8222-222222222222", "role": "authenticated"}', true);
set local role authenticated;
select is(public.increment_usage(3, 'youtube', 'k1') ->> 'used', '3', 'B''s key k1 counts separately from A''s');
select results_eq('select units from public.quota_usage_history', array[3::bigint],
                  'B''s history holds only B''s units');

-- No signed-in user.
reset role;
select set_config('request.jwt.claims', '{"role": "authenticated"}', true);
set local role authenticated;
select throws_ok($$select public.increment_usage(1, 'youtube', 'k9')$$, '42501',
                 'permission denied for function increment_usage', 'without auth.uid(): permission denied');
reset role;
select set_config('request.jwt.claims', '{"role": "anon"}', true);
set local role anon;
select throws_ok($$select public.increment_usage(1, 'youtube', 'k9')$$, '42501',
                 'permission denied for function increment_usage', 'anon may not call it');
reset role;
select set_config('request.jwt.claims', '{"role": "service_role"}', true);
set local role service_role;
select throws_ok($$select public.increment_usage(1, 'youtube', 'k9')$$, '42501', null,
                 'the service role does not count usage for nobody');
reset role;

select is((select count(*)::int from public.usage_increments), 5,
          'the idempotency log holds one row per (user, key) counted');
select is((select sum(units)::bigint from public.quota_usage_history
            where user_id = '11111111-1111-4111-8111-111111111111'), 10155::bigint,
          'A''s history adds up to A''s used');

-- The Free period rollover: a period that ended starts over before counting.
update public.subscription_settings
   set period_start = (now() at time zone 'utc')::date - interval '3 months 2 days',
       period_end = (now() at time zone 'utc')::date - interval '2 months 2 days', used = 777
 where user_id = '11111111-1111-4111-8111-111111111111';
select set_config('request.jwt.claims',
                  '{"sub": "11111111-1111-4111-8111-111111111111", "role": "authenticated"}', true);
set local role authenticated;
select is(public.increment_usage(4, 'youtube', 'after-rollover') ->> 'used', '4',
          'an ended Free period rolls over: the count starts again');
reset role;
select ok((select period_start <= (now() at time zone 'utc')::date
                  and period_end > (now() at time zone 'utc')::date
                  and period_end = (period_start + interval '1 month')::date
             from public.subscription_settings where user_id = '11111111-1111-4111-8111-111111111111'),
          'the new period is one month long and holds today');
select is((select period_start from public.subscription_settings
            where user_id = '11111111-1111-4111-8111-111111111111'),
          ((now() at time zone 'utc')::date - interval '3 months 2 days' + interval '3 months')::date,
          'it keeps the monthly rhythm of the old period');
select is(public.roll_over_free_period('11111111-1111-4111-8111-111111111111'), false,
          'a current period does not roll over');

-- A paid plan's period is Stripe's: never rolled over here.
update public.subscription_settings
   set plan = 'basic', quota = 50000, stripe_subscription_id = 'sub_1', used = 60000,
       period_start = (now() at time zone 'utc')::date - interval '40 days',
       period_end = (now() at time zone 'utc')::date - interval '10 days'
 where user_id = '22222222-2222-4222-8222-222222222222';
select set_config('request.jwt.claims',
                  '{"sub": "22222222-2222-4222-8222-222222222222", "role": "authenticated"}', true);
set local role authenticated;
select is(public.increment_usage(1, 'instagram', 'paid-1'),
          jsonb_build_object('plan', 'basic', 'quota', 50000, 'used', 60001, 'remaining', 0, 'overage', 10001,
                             'period_end', to_char((now() at time zone 'utc')::date - interval '10 days',
                                                   'YYYY-MM-DD')),
          'a paid plan keeps counting in Stripe''s period until invoice.paid resets it');
reset role;

select * from finish();
rollback;
