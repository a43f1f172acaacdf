-- TEST ONLY. Supabase's database roles and default privileges, which plain PostgreSQL lacks.
-- A Supabase project has them already; these files are never deployed (they are not migrations).

create role anon nologin noinherit;
create role authenticated nologin noinherit;
create role service_role nologin noinherit bypassrls;
create role authenticator login noinherit;
grant anon, authenticated, service_role to authenticator;
grant anon, authenticated, service_role to postgres;

-- Supabase's search path for the owner role.
alter role postgres set search_path = "$user", public, extensions;

-- Supabase's default privileges in public: the API roles get everything on what postgres creates there,
-- so migrations must revoke what those roles must not have.
grant usage on schema public to postgres, anon, authenticated, service_role;
alter default privileges for role postgres in schema public
    grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges for role postgres in schema public
    grant all on sequences to postgres, anon, authenticated, service_role;
alter default privileges for role postgres in schema public
    grant all on functions to postgres, anon, authenticated, service_role;
