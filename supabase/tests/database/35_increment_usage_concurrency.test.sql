-- Two concurrent increment_usage calls with the same key count once: the second waits for the first to
-- commit and returns its result. Two sessions are needed, so the test's user is committed through a
-- separate connection and deleted at the end (the test's own transaction still rolls back).
begin;
create extension if not exists pgtap with schema extensions;
create extension if not exists dblink with schema extensions;
select plan(7);

select dblink_connect('setup', format('host=127.0.0.1 port=%s dbname=postgres user=postgres',
                                      current_setting('port')));
select dblink_connect('s1', format('host=127.0.0.1 port=%s dbname=postgres user=postgres',
                                   current_setting('port')));
select dblink_connect('s2', format('host=127.0.0.1 port=%s dbname=postgres user=postgres',
                                   current_setting('port')));
select dblink_exec('setup', $$insert into auth.users (id, email)
                              values ('55555555-5555-4555-8555-555555555555', 'race@example.com')$$);

-- Both sessions sign in as the user and start a transaction.
select dblink_exec(c, 'begin'), dblink_exec(c, $$set local role authenticated$$),
       dblink_exec(c, $$set local request.jwt.claims to
                            '{"sub": "55555555-5555-4555-8555-555555555555", "role": "authenticated"}'$$)
  from unnest(array['s1', 's2']) as c;

-- s1 counts but does not commit yet; s2 sends the same key and must wait.
select dblink_send_query('s1', $$select public.increment_usage(40, 'youtube', 'same-key')::text$$);
select is((select r from dblink_get_result('s1') as t(r text)) :: jsonb ->> 'used', '40', 'the first call counts');
select dblink_send_query('s2', $$select public.increment_usage(40, 'youtube', 'same-key')::text$$);
select pg_sleep(0.3);
select is(dblink_is_busy('s2'), 1, 'the second call with the same key waits for the first');
select * from dblink_get_result('s1') as t(r text); -- the empty result that ends the query
select dblink_exec('s1', 'commit');
select is((select r from dblink_get_result('s2') as t(r text)) :: jsonb ->> 'used', '40',
          'then returns the first call''s result');
select * from dblink_get_result('s2') as t(r text);
select dblink_exec('s2', 'commit');

select is((select used from public.subscription_settings where user_id = '55555555-5555-4555-8555-555555555555'),
          40::bigint, 'counted once');
select is((select units from public.quota_usage_history where user_id = '55555555-5555-4555-8555-555555555555'),
          40::bigint, 'today''s history counted once');

-- Different keys at the same time both count (the plan row is locked, not overwritten).
select dblink_exec(c, 'begin'), dblink_exec(c, $$set local role authenticated$$),
       dblink_exec(c, $$set local request.jwt.claims to
                            '{"sub": "55555555-5555-4555-8555-555555555555", "role": "authenticated"}'$$)
  from unnest(array['s1', 's2']) as c;
select dblink_send_query('s1', $$select public.increment_usage(1, 'tiktok', 'key-a')::text$$);
select * from dblink_get_result('s1') as t(r text);
select dblink_send_query('s2', $$select public.increment_usage(2, 'tiktok', 'key-b')::text$$);
select pg_sleep(0.1);
select * from dblink_get_result('s1') as t(r text); -- the empty result that ends the query
select dblink_exec('s1', 'commit');
select is((select r from dblink_get_result('s2') as t(r text)) :: jsonb ->> 'used', '43',
          'a concurrent call with another key waits for the row and adds to it');
select * from dblink_get_result('s2') as t(r text);
select dblink_exec('s2', 'commit');
select is((select used from public.subscription_settings where user_id = '55555555-5555-4555-8555-555555555555'),
          43::bigint, 'both counted');

select dblink_exec('setup', $$delete from auth.users where id = '55555555-5555-4555-8555-555555555555'$$);
select dblink_disconnect(c) from unnest(array['setup', 's1', 's2']) as c;

select * from finish();
rollback;
