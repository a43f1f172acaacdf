-- The signup trigger: a new Supabase Auth user gets a profile and the Free plan.
begin;
create extension if not exists pgtap with schema extensions;
select plan(8);

select has_trigger('auth', 'users', 'on_auth_user_created', 'auth.users has the signup trigger');

insert into auth.users (id, email, raw_user_meta_data)
values ('33333333-3333-4333-8333-333333333333', 'c@example.com', '{"full_name": "Cleo"}');

select results_eq($$select email, display_name from public.profiles
                    where id = '33333333-3333-4333-8333-333333333333'$$,
                  $$values ('c@example.com', 'Cleo')$$, 'the profile holds the email and the display name');
select results_eq($$select plan, status, quota, used, cancel_at_period_end from public.subscription_settings
                    where user_id = '33333333-3333-4333-8333-333333333333'$$,
                  $$values ('free', 'active', 10000::bigint, 0::bigint, false)$$,
                  'the Free plan: active, 10000 units, nothing used');
select results_eq($$select period_start, period_end from public.subscription_settings
                    where user_id = '33333333-3333-4333-8333-333333333333'$$,
                  $$select (now() at time zone 'utc')::date,
                           ((now() at time zone 'utc')::date + interval '1 month')::date$$,
                  'the Free period runs from today (UTC) for one month');
select results_eq($$select stripe_customer_id, stripe_subscription_id, stripe_price_id
                    from public.subscription_settings where user_id = '33333333-3333-4333-8333-333333333333'$$,
                  $$values (null::text, null::text, null::text)$$, 'no Stripe customer or subscription yet');

insert into auth.users (id, email, is_anonymous) values ('44444444-4444-4444-8444-444444444444', null, true);
select is((select count(*)::int from public.subscription_settings
            where user_id = '44444444-4444-4444-8444-444444444444'), 1,
          'a user without an email (anonymous sign-in) gets a plan too');

delete from auth.users where id = '33333333-3333-4333-8333-333333333333';
select is((select count(*)::int from public.profiles where id = '33333333-3333-4333-8333-333333333333'), 0,
          'deleting the user deletes the profile');
select is((select count(*)::int from public.subscription_settings
            where user_id = '33333333-3333-4333-8333-333333333333'), 0, 'and the plan');

select * from finish();
rollback;
