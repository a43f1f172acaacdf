-- TEST ONLY. A stand-in for Supabase Vault (supabase_vault) with its names and signatures:
-- vault.secrets holds ciphertext, vault.decrypted_secrets shows the plain text, vault.create_secret /
-- vault.update_secret write. The real extension encrypts with pgsodium; this one with pgcrypto and a
-- fixed test key, which is enough for tests that read a secret back.

create schema if not exists vault;
revoke all on schema vault from public;

create table vault.secrets (
    id uuid primary key default gen_random_uuid(),
    name text,
    description text not null default '',
    secret text not null,
    key_id uuid,
    nonce bytea,
    created_at timestamptz not null default current_timestamp,
    updated_at timestamptz not null default current_timestamp
);
create unique index secrets_name_idx on vault.secrets (name) where name is not null;

create function vault._test_key() returns text
    language sql immutable
as $$ select 'streamvibe-test-only-vault-key'::text $$;

create view vault.decrypted_secrets as
select s.id, s.name, s.description, s.secret,
       extensions.pgp_sym_decrypt(decode(s.secret, 'base64'), vault._test_key()) as decrypted_secret,
       s.key_id, s.nonce, s.created_at, s.updated_at
from vault.secrets s;

create function vault.create_secret(
    new_secret text, new_name text default null, new_description text default '', new_key_id uuid default null
) returns uuid
    language plpgsql security definer set search_path = ''
as $$
declare
  rec_id uuid;
begin
  insert into vault.secrets (secret, name, description, key_id)
  values (encode(extensions.pgp_sym_encrypt(new_secret, vault._test_key()), 'base64'),
          new_name, coalesce(new_description, ''), new_key_id)
  returning id into rec_id;
  return rec_id;
end
$$;

create function vault.update_secret(
    secret_id uuid, new_secret text default null, new_name text default null,
    new_description text default null, new_key_id uuid default null
) returns void
    language plpgsql security definer set search_path = ''
as $$
begin
  update vault.secrets s
     set secret = coalesce(encode(extensions.pgp_sym_encrypt(new_secret, vault._test_key()), 'base64'),
                           s.secret),
         name = coalesce(new_name, s.name),
         description = coalesce(new_description, s.description),
         key_id = coalesce(new_key_id, s.key_id),
         updated_at = current_timestamp
   where s.id = secret_id;
end
$$;

revoke all on all tables in schema vault from public;
revoke all on all functions in schema vault from public;
