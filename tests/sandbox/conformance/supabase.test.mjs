// Conformance: the official supabase-js client against streamvibe-sandbox.
// Run by run-conformance.sh, which starts the sandbox and exports SANDBOX_URL and SANDBOX_ANON_KEY.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from '@supabase/supabase-js';

const url = process.env.SANDBOX_URL;
const anonKey = process.env.SANDBOX_ANON_KEY;
if (!url || !anonKey) {
  throw new Error('SANDBOX_URL and SANDBOX_ANON_KEY must be set (use run-conformance.sh)');
}

// Node 20 has no global WebSocket; realtime is unused, so give it an inert transport.
class NoWebSocket {
  constructor() { this.readyState = 3; }
  close() {}
  send() {}
}

function memoryStorage() {
  const map = new Map();
  return {
    getItem: (k) => (map.has(k) ? map.get(k) : null),
    setItem: (k, v) => { map.set(k, v); },
    removeItem: (k) => { map.delete(k); },
  };
}

function client() {
  return createClient(url, anonKey, {
    auth: { persistSession: true, autoRefreshToken: false, detectSessionInUrl: false, flowType: 'pkce',
            storage: memoryStorage() },
    realtime: { transport: NoWebSocket },
  });
}

async function control(path, body) {
  const res = await fetch(`${url}/__control/${path}`, { method: 'POST', body: JSON.stringify(body) });
  assert.equal(res.status, 200, `control ${path}`);
}

const unique = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const email = `conformance-${unique}@example.test`;
const password = 'conformance-password';

test('signUp returns a session for a confirmed user', async () => {
  const supabase = client();
  const { data, error } = await supabase.auth.signUp({ email, password });
  assert.equal(error, null);
  assert.equal(data.user.email, email);
  assert.ok(data.session.access_token.split('.').length === 3);
  const again = await supabase.auth.signUp({ email, password });
  assert.ok(again.error, 'a second sign-up with the same email fails');
  assert.equal(again.error.code, 'user_already_exists');
});

test('signInWithPassword, getUser, and wrong credentials', async () => {
  const supabase = client();
  const bad = await supabase.auth.signInWithPassword({ email, password: 'wrong-password' });
  assert.ok(bad.error);
  assert.equal(bad.error.status, 400);
  assert.equal(bad.error.code, 'invalid_credentials');

  const { data, error } = await supabase.auth.signInWithPassword({ email, password });
  assert.equal(error, null);
  assert.equal(data.session.token_type, 'bearer');
  assert.ok(data.session.expires_at > Date.now() / 1000);
  const me = await supabase.auth.getUser();
  assert.equal(me.error, null);
  assert.equal(me.data.user.id, data.user.id);
  assert.equal(me.data.user.email, email);
});

test('refreshSession rotates the refresh token and a reused one is refused', async () => {
  await control('config', { refresh_reuse_grace: 0 });
  try {
    const supabase = client();
    const signedIn = await supabase.auth.signInWithPassword({ email, password });
    assert.equal(signedIn.error, null);
    const oldRefresh = signedIn.data.session.refresh_token;
    const refreshed = await supabase.auth.refreshSession();
    assert.equal(refreshed.error, null);
    assert.notEqual(refreshed.data.session.refresh_token, oldRefresh);
    assert.ok(refreshed.data.session.access_token);

    const other = client();
    const reused = await other.auth.refreshSession({ refresh_token: oldRefresh });
    assert.ok(reused.error, 'reusing a rotated refresh token fails');
    assert.equal(reused.error.code, 'refresh_token_already_used');
  } finally {
    await control('config', { refresh_reuse_grace: 10 });
  }
});

test('PKCE: signInWithOAuth + authorize redirect + exchangeCodeForSession', async () => {
  const supabase = client();
  const redirectTo = 'http://127.0.0.1:45999/auth/callback';
  const { data, error } = await supabase.auth.signInWithOAuth({
    provider: 'google', options: { redirectTo, skipBrowserRedirect: true },
  });
  assert.equal(error, null);
  const authorizeUrl = new URL(data.url);
  assert.equal(authorizeUrl.searchParams.get('code_challenge_method'), 's256');
  const res = await fetch(authorizeUrl, { redirect: 'manual' });
  assert.ok(res.status === 302 || res.status === 303, `authorize answered ${res.status}`);
  const back = new URL(res.headers.get('location'));
  assert.equal(back.origin + back.pathname, redirectTo);
  const code = back.searchParams.get('code');
  assert.ok(code);
  const exchanged = await supabase.auth.exchangeCodeForSession(code);
  assert.equal(exchanged.error, null);
  assert.equal(exchanged.data.user.email, 'demo@streamvibe.test');
  const reused = await client().auth.exchangeCodeForSession(code);
  assert.ok(reused.error, 'an auth code works once');
});

test('PostgREST: RLS, count=exact with range, rpc', async () => {
  const supabase = client();
  const { data: session } = await supabase.auth.signInWithPassword({ email, password });
  const userId = session.user.id;

  const settings = await supabase.from('subscription_settings').select();
  assert.equal(settings.error, null);
  assert.equal(settings.data.length, 1);
  assert.equal(settings.data[0].user_id, userId);
  assert.equal(settings.data[0].plan, 'free');

  const page = await supabase.from('quota_usage_history').select('*', { count: 'exact' })
    .order('day', { ascending: false }).range(0, 9);
  assert.equal(page.error, null);
  assert.equal(page.data.length, 10);
  assert.equal(page.count, 90);
  assert.equal(page.status, 206);
  assert.ok(page.data.every((row) => row.user_id === userId));

  const demoRows = await supabase.from('quota_usage_history').select('id')
    .eq('user_id', '00000000-0000-4000-8000-00000000d0e0');
  assert.equal(demoRows.error, null);
  assert.equal(demoRows.data.length, 0, "another user's rows are invisible");

  const before = settings.data[0].used;
  const rpc = await supabase.rpc('increment_usage', { p_units: 5, p_platform: 'youtube', p_idempotency_key: `k-${unique}` });
  assert.equal(rpc.error, null);
  assert.equal(rpc.data.used, before + 5);
  const again = await supabase.rpc('increment_usage', { p_units: 5, p_platform: 'youtube', p_idempotency_key: `k-${unique}` });
  assert.equal(again.data.used, before + 5);

  const missing = await supabase.from('no_such_table').select();
  assert.ok(missing.error);
  assert.equal(missing.error.code, 'PGRST205');
});

test('functions.invoke(list-plans) returns Stripe prices', async () => {
  const supabase = client();
  const { data, error } = await supabase.functions.invoke('list-plans');
  assert.equal(error, null);
  assert.equal(data.object, 'list');
  assert.equal(data.data.length, 9);
  const names = new Set(data.data.map((p) => p.product.name));
  assert.deepEqual([...names].sort(), ['Basic', 'Free', 'Premium']);
  assert.ok(data.data.some((p) => p.recurring.usage_type === 'metered'));
});

test('signOut ends the session', async () => {
  const supabase = client();
  const { data } = await supabase.auth.signInWithPassword({ email, password });
  const token = data.session.access_token;
  const out = await supabase.auth.signOut();
  assert.equal(out.error, null);
  const res = await fetch(`${url}/auth/v1/user`, { headers: { apikey: anonKey, Authorization: `Bearer ${token}` } });
  assert.equal(res.status, 403);
  const after = await supabase.auth.getSession();
  assert.equal(after.data.session, null);
});
