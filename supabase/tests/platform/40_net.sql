-- TEST ONLY. A stand-in for pg_net with its names and signatures. Nothing is sent: each request is
-- recorded in net._test_requests (a test-only table) so tests can assert what would have been sent.

create schema if not exists net;
revoke all on schema net from public;

create table net._test_requests (
    id bigserial primary key,
    method text not null,
    url text not null,
    headers jsonb,
    params jsonb,
    body jsonb,
    timeout_milliseconds integer,
    created_at timestamptz not null default now()
);

-- Records one request and returns its id (pg_net's request ids are bigints too).
create function net._test_record(
    method text, url text, headers jsonb, params jsonb, body jsonb, timeout_milliseconds integer
) returns bigint
    language plpgsql volatile security definer set search_path = ''
as $$
declare
  request_id bigint;
begin
  if url is null then
    raise exception 'url must not be null' using errcode = '22004';
  end if;
  insert into net._test_requests (method, url, headers, params, body, timeout_milliseconds)
  values (method, url, headers, params, body, timeout_milliseconds)
  returning id into request_id;
  return request_id;
end
$$;

create function net.http_post(
    url text,
    body jsonb default '{}'::jsonb,
    params jsonb default '{}'::jsonb,
    headers jsonb default '{"Content-Type": "application/json"}'::jsonb,
    timeout_milliseconds integer default 5000
) returns bigint
    language sql volatile security definer set search_path = ''
as $$ select net._test_record('POST', url, headers, params, body, timeout_milliseconds) $$;

create function net.http_get(
    url text,
    params jsonb default '{}'::jsonb,
    headers jsonb default '{}'::jsonb,
    timeout_milliseconds integer default 5000
) returns bigint
    language sql volatile security definer set search_path = ''
as $$ select net._test_record('GET', url, headers, params, null, timeout_milliseconds) $$;

revoke all on all tables in schema net from public;
revoke all on all functions in schema net from public;
