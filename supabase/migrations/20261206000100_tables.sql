-- StreamVibe's tables (after the architecture note's "what we store"): the user's profile and plan
-- state, usage counters, and the server's logs and cache. Stripe owns products, prices, customers and
-- subscriptions; none of them has a table here. Every table has row level security; a signed-in user
-- reads only their own rows of the user-facing tables, `anon` reads nothing, and only the service role
-- (which bypasses RLS) and the SECURITY DEFINER functions write.

-- The app's profile of a user (Supabase Auth owns the account itself).
create table public.profiles (
    id uuid primary key references auth.users (id) on delete cascade,
    email text,
    display_name text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

-- The user's plan, quota and usage in the current period, and the Stripe references. The Free plan has no
-- Stripe subscription; the webhooks keep paid plans in line with Stripe.
create table public.subscription_settings (
    user_id uuid primary key references auth.users (id) on delete cascade,
    plan text not null default 'free' check (plan in ('free', 'basic', 'premium')),
    -- Stripe's subscription statuses; a Free plan is 'active'.
    status text not null default 'active' check (status in ('active', 'trialing', 'past_due', 'canceled',
        'unpaid', 'incomplete', 'incomplete_expired', 'paused')),
    quota bigint not null check (quota >= 0),
    used bigint not null default 0 check (used >= 0),
    period_start date not null,
    period_end date not null,
    stripe_customer_id text unique,
    stripe_subscription_id text unique,
    stripe_price_id text,
    cancel_at_period_end boolean not null default false,
    -- Stripe's time (event.created) of the state last applied, so an older event never overwrites a newer one.
    stripe_synced_at timestamptz,
    updated_at timestamptz not null default now(),
    constraint subscription_settings_period_check check (period_end >= period_start)
);
create index idx_subscription_settings_stripe_customer
    on public.subscription_settings (stripe_customer_id) where stripe_customer_id is not null;

-- Units used per user, day (UTC) and platform.
create table public.quota_usage_history (
    id bigserial primary key,
    user_id uuid not null references auth.users (id) on delete cascade,
    day date not null,
    platform text not null check (platform in ('youtube', 'instagram', 'tiktok')),
    units bigint not null check (units > 0),
    created_at timestamptz not null default now(),
    unique (user_id, day, platform)
);

-- increment_usage's idempotency log: the result it returned, returned again for a repeated key.
create table public.usage_increments (
    user_id uuid not null references auth.users (id) on delete cascade,
    idempotency_key text not null check (idempotency_key <> ''),
    platform text not null check (platform in ('youtube', 'instagram', 'tiktok')),
    units bigint not null check (units > 0),
    result jsonb,
    created_at timestamptz not null default now(),
    primary key (user_id, idempotency_key)
);

-- The webhook's idempotency log: one row per Stripe event id, recorded before the event is handled.
create table public.stripe_webhook_events (
    id text primary key,
    type text not null,
    stripe_created timestamptz,
    livemode boolean not null default false,
    received_at timestamptz not null default now(),
    processed_at timestamptz,
    result jsonb
);

-- Overage reported to Stripe as Billing Meter events: what, when, with which identifier (Stripe
-- deduplicates on it, so a retry is never billed twice). Kept when the user is deleted (billing records).
create table public.stripe_usage_records (
    id bigserial primary key,
    user_id uuid references auth.users (id) on delete set null,
    stripe_customer_id text not null,
    period_start date not null,
    value bigint not null check (value > 0),
    cumulative bigint not null check (cumulative >= value),
    identifier text not null unique,
    event_name text not null,
    status text not null default 'pending' check (status in ('pending', 'sent')),
    created_at timestamptz not null default now(),
    sent_at timestamptz
);
create index idx_stripe_usage_records_user_period on public.stripe_usage_records (user_id, period_start);

-- Invoices seen by the webhooks (paid or failed). Kept when the user is deleted (billing records).
create table public.payment_history (
    id bigserial primary key,
    user_id uuid references auth.users (id) on delete set null,
    stripe_invoice_id text not null unique,
    stripe_customer_id text,
    status text not null,
    amount_paid bigint not null default 0,
    currency text,
    period_start timestamptz,
    period_end timestamptz,
    hosted_invoice_url text,
    created_at timestamptz not null default now()
);
create index idx_payment_history_user_created on public.payment_history (user_id, created_at desc);

-- The server's cache of Stripe reads (the layer behind each function instance's memory).
create table public.cache_store (
    key text primary key,
    value jsonb not null,
    expires_at timestamptz not null,
    updated_at timestamptz not null default now()
);
create index idx_cache_store_expires_at on public.cache_store (expires_at);

-- One row per server job (webhook handled, usage reported, daily maintenance), with its outcome.
create table public.audit_log (
    id bigserial primary key,
    user_id uuid references auth.users (id) on delete set null,
    action text not null,
    job_type text,
    job_status text not null check (job_status in ('completed', 'failed', 'skipped')),
    job_result jsonb,
    created_at timestamptz not null default now()
);
create index idx_audit_log_created on public.audit_log (created_at desc);
create index idx_audit_log_user_created on public.audit_log (user_id, created_at desc);

-- Row level security on every table.
alter table public.profiles enable row level security;
alter table public.subscription_settings enable row level security;
alter table public.quota_usage_history enable row level security;
alter table public.usage_increments enable row level security;
alter table public.stripe_webhook_events enable row level security;
alter table public.stripe_usage_records enable row level security;
alter table public.payment_history enable row level security;
alter table public.cache_store enable row level security;
alter table public.audit_log enable row level security;

-- A signed-in user reads their own rows of the user-facing tables. No policy for anon, and none on the
-- server's tables (usage_increments, stripe_webhook_events, cache_store, audit_log): only the service
-- role reads those.
create policy "profiles: read own" on public.profiles
    for select to authenticated using ((select auth.uid()) = id);
create policy "subscription_settings: read own" on public.subscription_settings
    for select to authenticated using ((select auth.uid()) = user_id);
create policy "quota_usage_history: read own" on public.quota_usage_history
    for select to authenticated using ((select auth.uid()) = user_id);
create policy "stripe_usage_records: read own" on public.stripe_usage_records
    for select to authenticated using ((select auth.uid()) = user_id);
create policy "payment_history: read own" on public.payment_history
    for select to authenticated using ((select auth.uid()) = user_id);

-- Supabase grants the API roles every privilege on new tables in public by default; take back all but
-- the reads above. Nobody but the service role writes directly.
revoke all on all tables in schema public from anon, authenticated;
revoke all on all sequences in schema public from anon, authenticated;
grant select on public.profiles, public.subscription_settings, public.quota_usage_history,
    public.stripe_usage_records, public.payment_history to authenticated;
grant all on all tables in schema public to service_role;
grant all on all sequences in schema public to service_role;
