import { expect, test } from './web-server';

test('the API refuses calls without the token or for another Host', async ({ request, app }) => {
  const noToken = await request.post(`${app.origin}/api/articles.list`, { data: {} });
  expect(noToken.status()).toBe(401);

  const wrongToken = await request.post(`${app.origin}/api/articles.list`, {
    data: {},
    headers: { Authorization: 'Bearer nope' },
  });
  expect(wrongToken.status()).toBe(401);

  const ok = await request.post(`${app.origin}/api/articles.list`, {
    data: {},
    headers: { Authorization: `Bearer ${app.token}` },
  });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).result.total).toBe(1);

  // A DNS-rebinding page would arrive with its own Host name.
  const rebound = await request.post(`${app.origin}/api/articles.list`, {
    data: {},
    headers: { Authorization: `Bearer ${app.token}`, Host: 'evil.example:80' },
  });
  expect(rebound.status()).toBe(403);

  const invalid = await request.post(`${app.origin}/api/articles.get`, {
    data: { id: '../../etc/passwd' },
    headers: { Authorization: `Bearer ${app.token}` },
  });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error.code).toBe('invalid-input');
});

test('pages carry the strict Content-Security-Policy', async ({ request, app }) => {
  const index = await request.get(`${app.origin}/`);
  const csp = index.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(await index.text()).toContain('Content-Security-Policy');
});
