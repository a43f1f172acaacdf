-- The schema's shape: the tables, row level security on every one, the indexes, and the functions'
-- safety settings.
begin;
create extension if not exists pgtap with schema extensions;
select plan(12);

select tables_are('public', array['profiles', 'subscription_settings', 'quota_usage_history',
    'usage_increments', 'stripe_webhook_events', 'stripe_usage_records', 'payment_history', 'cache_store',
    'audit_log'], 'public holds the app''s tables and no copy of Stripe''s products, prices or customers');

select is(array(select c.relname::text from pg_class c
                 where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
                   and not c.relrowsecurity order by 1),
          '{}'::text[], 'row level security is enabled on every table in public');

select is(array(select c.relname::text from pg_class c
                 where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
                   and c.relforcerowsecurity order by 1),
          '{}'::text[], 'no table forces RLS on its owner (the SECURITY DEFINER functions write as the owner)');

select policies_are('public', 'subscription_settings', array['subscription_settings: read own']);
select is((select count(*)::int from pg_policies where schemaname = 'public'
            and tablename in ('usage_increments', 'stripe_webhook_events', 'cache_store', 'audit_log')),
          0, 'the server''s tables have no policy: only the service role reads them');
select is((select count(*)::int from pg_policies where schemaname = 'public'
            and (cmd <> 'SELECT' or roles <> '{authenticated}')),
          0, 'every policy is a SELECT for authenticated');

select has_index('public', 'subscription_settings', 'idx_subscription_settings_stripe_customer',
                 'stripe_customer_id', 'the partial index on stripe_customer_id');
select has_index('public', 'stripe_usage_records', 'idx_stripe_usage_records_user_period',
                 array['user_id', 'period_start'], 'usage records are found by user and period');
select has_index('public', 'cache_store', 'idx_cache_store_expires_at', 'expires_at',
                 'expired cache entries are found by expiry');

select is(array(select p.proname::text from pg_proc p
                 where p.pronamespace = 'public'::regnamespace and p.prosecdef
                   and not coalesce('search_path=""' = any(p.proconfig), false) order by 1),
          '{}'::text[], 'every SECURITY DEFINER function in public runs with an empty search_path');

select is(array(select p.proname::text from pg_proc p
                 where p.pronamespace = 'public'::regnamespace
                   and has_function_privilege('anon', p.oid, 'execute') order by 1),
          '{}'::text[], 'anon can execute no function in public');

select is(array(select p.proname::text from pg_proc p
                 where p.pronamespace = 'public'::regnamespace
                   and has_function_privilege('authenticated', p.oid, 'execute') order by 1),
          array['increment_usage'], 'a signed-in user can execute increment_usage and nothing else');

select * from finish();
rollback;
