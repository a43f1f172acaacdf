// Conformance: the official supabase-js client against streamvibe-sandbox as the gateway in front of the real
// backend. Run by run-conformance.sh --real-backend, which starts the local stack and the sandbox and exports
// SANDBOX_URL and SANDBOX_ANON_KEY. The PostgREST case asserts the real database's behaviour (the signup
// trigger, increment_usage, RLS).
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

test('PostgREST: usage through rpc, count=exact with range, RLS, error shapes', async () => {
  const supabase = client();
  const signedIn = await supabase.auth.signInWithPassword({ email, password });
  assert.equal(signedIn.error, null);
  const userId = signedIn.data.user.id;

  // The signup trigger's Free plan, the user's own row only; no usage yet.
  const settings = await supabase.from('subscription_settings').select();
  assert.equal(settings.error, null);
  assert.equal(settings.data.length, 1);
  assert.equal(settings.data[0].user_id, userId);
  assert.equal(settings.data[0].plan, 'free');
  const before = settings.data[0].used;
  const empty = await supabase.from('quota_usage_history').select('*', { count: 'exact' });
  assert.equal(empty.error, null);
  assert.deepEqual(empty.data, []);
  assert.equal(empty.count, 0);

  // Usage reported through increment_usage: today's history row of each platform adds up its reports.
  const report = (client_, units, platform, key) =>
    client_.rpc('increment_usage', { p_units: units, p_platform: platform, p_idempotency_key: `${unique}-${key}` });
  let result;
  for (const [units, platform, key] of [[5, 'youtube', 'a'], [3, 'instagram', 'b'], [2, 'tiktok', 'c'],
                                        [4, 'youtube', 'd']]) {
    result = await report(supabase, units, platform, key);
    assert.equal(result.error, null, `${platform} ${key}`);
  }
  assert.equal(result.data.plan, 'free');
  assert.equal(result.data.used, before + 14);
  assert.equal(result.data.remaining, Math.max(0, result.data.quota - result.data.used));
  assert.match(result.data.period_end, /^\d{4}-\d{2}-\d{2}$/);

  // A repeated key is counted once: the first call's result again, whatever it names now.
  const again = await report(supabase, 50, 'tiktok', 'a');
  assert.equal(again.error, null);
  assert.equal(again.data.used, before + 5);

  // count=exact with a range: 3 rows (one per platform), a page of 2, then the rest.
  const page = await supabase.from('quota_usage_history').select('user_id, platform, units', { count: 'exact' })
    .order('platform').range(0, 1);
  assert.equal(page.error, null);
  assert.equal(page.status, 206);
  assert.equal(page.count, 3);
  assert.deepEqual(page.data.map((row) => [row.platform, row.units]), [['instagram', 3], ['tiktok', 2]]);
  assert.ok(page.data.every((row) => row.user_id === userId));
  const rest = await supabase.from('quota_usage_history').select('platform, units', { count: 'exact' })
    .order('platform').range(2, 9);
  assert.equal(rest.error, null);
  assert.equal(rest.status, 206);
  assert.equal(rest.count, 3);
  assert.deepEqual(rest.data, [{ platform: 'youtube', units: 9 }]);
  const settingsAfter = await supabase.from('subscription_settings').select('used').single();
  assert.equal(settingsAfter.error, null);
  assert.equal(settingsAfter.data.used, before + 14);

  // RLS: a second user sees none of those rows; the same key is a separate report of theirs.
  const other = client();
  const otherUp = await other.auth.signUp({ email: `conformance-other-${unique}@example.test`, password });
  assert.equal(otherUp.error, null);
  const theirs = await other.from('quota_usage_history').select('*', { count: 'exact' });
  assert.equal(theirs.error, null);
  assert.deepEqual(theirs.data, []);
  assert.equal(theirs.count, 0);
  const filtered = await other.from('quota_usage_history').select('id').eq('user_id', userId);
  assert.equal(filtered.error, null);
  assert.deepEqual(filtered.data, [], "another user's rows are invisible");
  const otherSettings = await other.from('subscription_settings').select('user_id');
  assert.deepEqual(otherSettings.data, [{ user_id: otherUp.data.user.id }]);
  const otherReport = await report(other, 1, 'youtube', 'a');
  assert.equal(otherReport.error, null);
  assert.equal(otherReport.data.used, 1);
  const mine = await supabase.from('quota_usage_history').select('units').eq('platform', 'youtube');
  assert.deepEqual(mine.data, [{ units: 9 }]);

  // Errors in PostgREST's shape {code, message, details, hint}; a refused report counts nothing.
  const badPlatform = await report(supabase, 1, 'myspace', 'e');
  assert.equal(badPlatform.data, null);
  assert.equal(badPlatform.status, 400);
  assert.deepEqual(badPlatform.error,
    { code: '22023', message: 'unknown platform: myspace', details: null, hint: null });
  const badUnits = await report(supabase, 0, 'youtube', 'f');
  assert.equal(badUnits.status, 400);
  assert.equal(badUnits.error.code, '22023');
  assert.equal(badUnits.error.message, 'p_units must be a positive integer');
  const wrongNames = await supabase.rpc('increment_usage', { units: 1 });
  assert.equal(wrongNames.status, 404);
  assert.equal(wrongNames.error.code, 'PGRST202');
  const anonymous = await report(client(), 1, 'youtube', 'g');
  assert.equal(anonymous.status, 401);
  assert.equal(anonymous.error.code, '42501');
  const unchanged = await supabase.from('subscription_settings').select('used').single();
  assert.equal(unchanged.data.used, before + 14);

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
