-- Row level security and privileges: user A never sees or changes user B's rows, anon sees nothing,
-- and nobody but the service role writes directly.
begin;
create extension if not exists pgtap with schema extensions;
select plan(29);

insert into auth.users (id, email) values
    ('11111111-1111-4111-8111-111111111111', 'a@example.com'),
    ('22222222-2222-4222-8222-222222222222', 'b@example.com');
insert into public.quota_usage_history (user_id, day, platform, units) values
    ('11111111-1111-4111-8111-111111111111', current_date, 'youtube', 5),
    ('22222222-2222-4222-8222-222222222222', current_date, 'youtube', 7),
    ('22222222-2222-4222-8222-222222222222', current_date, 'tiktok', 9);
insert into public.payment_history (user_id, stripe_invoice_id, status, amount_paid, currency) values
    ('11111111-1111-4111-8111-111111111111', 'in_a', 'paid', 900, 'usd'),
    ('22222222-2222-4222-8222-222222222222', 'in_b', 'paid', 1900, 'usd');
insert into public.stripe_usage_records (user_id, stripe_customer_id, period_start, value, cumulative, identifier,
                                         event_name, status) values
    ('22222222-2222-4222-8222-222222222222', 'cus_b', current_date, 10, 10, 'usage_b_1', 'api_units', 'sent');
insert into public.usage_increments (user_id, idempotency_key, platform, units) values
    ('22222222-2222-4222-8222-222222222222', 'k', 'youtube', 1);
insert into public.stripe_webhook_events (id, type) values ('evt_1', 'invoice.paid');
insert into public.cache_store (key, value, expires_at) values ('stripe:prices:usd', '[]', now() + interval '1 hour');
insert into public.audit_log (user_id, action, job_status) values
    ('22222222-2222-4222-8222-222222222222', 'stripe_webhook', 'completed');

-- Privileges, for every table in public (including any added later).
select is(array(select c.relname || ': ' || p.priv from pg_class c
                 cross join unnest(array['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) as p(priv)
                 cross join unnest(array['anon', 'authenticated']) as r(role)
                 where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v')
                   and has_table_privilege(r.role, c.oid, p.priv) order by 1),
          '{}'::text[], 'anon and authenticated may not insert, update, delete or truncate any table');
select is(array(select c.relname::text from pg_class c
                 where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
                   and has_table_privilege('anon', c.oid, 'SELECT') order by 1),
          '{}'::text[], 'anon may not read any table');
select is(array(select c.relname::text from pg_class c
                 where c.relnamespace = 'public'::regnamespace and c.relkind = 'S'
                   and (has_sequence_privilege('anon', c.oid, 'USAGE')
                        or has_sequence_privilege('authenticated', c.oid, 'USAGE')) order by 1),
          '{}'::text[], 'anon and authenticated may not use any sequence');

-- User A.
select set_config('request.jwt.claims',
                  '{"sub": "11111111-1111-4111-8111-111111111111", "role": "authenticated"}', true);
set local role authenticated;

select results_eq('select id from public.profiles', array['11111111-1111-4111-8111-111111111111'::uuid],
                  'A sees only their own profile');
select results_eq('select user_id from public.subscription_settings',
                  array['11111111-1111-4111-8111-111111111111'::uuid], 'A sees only their own plan');
select results_eq('select units from public.quota_usage_history', array[5::bigint],
                  'A sees only their own usage history');
select results_eq('select stripe_invoice_id from public.payment_history', array['in_a'],
                  'A sees only their own payments');
select is_empty('select * from public.stripe_usage_records', 'A sees none of B''s usage reports');
select is_empty($$select * from public.subscription_settings
                  where user_id = '22222222-2222-4222-8222-222222222222'$$,
                'A finds nothing when asking for B''s plan by id');

select throws_ok('select * from public.usage_increments', '42501', null,
                 'A cannot read the idempotency log');
select throws_ok('select * from public.stripe_webhook_events', '42501', null, 'A cannot read webhook events');
select throws_ok('select * from public.cache_store', '42501', null, 'A cannot read the cache');
select throws_ok('select * from public.audit_log', '42501', null, 'A cannot read the audit log');

select throws_ok($$update public.subscription_settings set quota = 999999, plan = 'premium'$$, '42501', null,
                 'A cannot change their own plan or quota');
select throws_ok($$update public.subscription_settings set used = 0
                    where user_id = '22222222-2222-4222-8222-222222222222'$$, '42501', null,
                 'A cannot change B''s plan');
select throws_ok($$insert into public.quota_usage_history (user_id, day, platform, units)
                   values ('11111111-1111-4111-8111-111111111111', current_date, 'tiktok', 1)$$, '42501', null,
                 'A cannot insert usage history');
select throws_ok($$delete from public.quota_usage_history$$, '42501', null, 'A cannot delete usage history');
select throws_ok($$update public.profiles set display_name = 'x'$$, '42501', null,
                 'A cannot update profiles');
select throws_ok($$insert into public.payment_history (user_id, stripe_invoice_id, status)
                   values ('11111111-1111-4111-8111-111111111111', 'in_x', 'paid')$$, '42501', null,
                 'A cannot insert payments');
select throws_ok($$insert into public.cache_store (key, value, expires_at) values ('k', '{}', now())$$,
                 '42501', null, 'A cannot write the cache');
select throws_ok('truncate public.audit_log', '42501', null, 'A cannot truncate the audit log');

-- User B sees their own rows (the policies are not simply closed).
reset role;
select set_config('request.jwt.claims',
                  '{"sub": "22222222-2222-4222-8222-222222222222", "role": "authenticated"}', true);
set local role authenticated;
select results_eq('select units from public.quota_usage_history order by units', array[7::bigint, 9::bigint],
                  'B sees their two history rows');
select results_eq('select identifier from public.stripe_usage_records', array['usage_b_1'],
                  'B sees their usage report');

-- Signed in as authenticated but without a user id: nothing.
reset role;
select set_config('request.jwt.claims', '{"role": "authenticated"}', true);
set local role authenticated;
select is_empty('select * from public.subscription_settings', 'no sub claim sees no plan');

-- anon.
reset role;
select set_config('request.jwt.claims', '{"role": "anon"}', true);
set local role anon;
select throws_ok('select * from public.subscription_settings', '42501', null, 'anon cannot read plans');
select throws_ok('select * from public.profiles', '42501', null, 'anon cannot read profiles');
select throws_ok($$insert into public.stripe_webhook_events (id, type) values ('evt_x', 'x')$$, '42501', null,
                 'anon cannot record webhook events');

-- The service role sees everything (the Edge Functions use it).
reset role;
select set_config('request.jwt.claims', '{"role": "service_role"}', true);
set local role service_role;
select is((select count(*)::int from public.quota_usage_history), 3, 'the service role reads every user''s rows');
select lives_ok($$update public.subscription_settings set used = 1
                   where user_id = '22222222-2222-4222-8222-222222222222'$$, 'the service role writes');
reset role;

select * from finish();
rollback;
