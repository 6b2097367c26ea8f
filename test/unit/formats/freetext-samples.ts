// Fictitious free-text documents for the free-text reader's tests: a Markdown write-up, a chat export, an
// e-mail and an HTML page (reserved .example/.test names, +44 7700 900xxx drama numbers, test-vector wallets).

/** A Markdown write-up: defanged sites in a table with their wallets and contacts, hashes, references. */
export const REPORT_MD = `# Fake courier refunds: campaign notes (fictitious)

Victims got an SMS with a link to hxxps://refund-parcel[.]example/track?id=1 and were asked to pay a "customs fee".
Kit hashes: \`d41d8cd98f00b204e9800998ecf8427e\` (MD5), \`e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\` (SHA-256).

## Sites, wallets and contacts

| Site | Wallet | WhatsApp | Telegram |
|------|--------|----------|----------|
| refund-parcel[.]example | 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed | +44 7700 900123 | @parcel_refunds |
| courier-fee[.]test | TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf | wa.me/447700900456 | t.me/courier_fee_help |
| hxxp://track-my-box[.]example/pay | bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 | +44 7700 900789 | |

The fake app was listed at https://play.google.com/store/apps/details?id=com.example.parcelrefund (now removed); it talked to 203.0.113[.]7.

Other files in the kit: setup.exe, config.sh, README.md, version 1.2.3.

Reported by analyst@cert.example; background: [courier scams](https://blog.example.org/courier-scams).
`;

/** A WhatsApp-style chat export: nothing defanged, links and contacts in messages. */
export const CHAT_TXT = `[03/02/2025, 09:14:05] Coach Lina: Welcome to the VIP signal group! Register on https://vip-signals.example/register
[03/02/2025, 09:15:10] Coach Lina: For help write to me on https://api.whatsapp.com/send?phone=447700900321 or Telegram t.me/coach_lina_vip
[03/02/2025, 09:20:44] Victim: ok, where do I pay?
[03/02/2025, 09:21:30] Coach Lina: Send 500 USDT (TRC20) to TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf, the address shown on vip-signals.example
[03/02/2025, 09:22:02] Coach Lina: Or ETH:0x1111111111111111111111111111111111111111
[03/02/2025, 09:30:00] Coach Lina: Our manager on Telegram is @vip_manager_anna, or call +44 7700 900654.
[03/02/2025, 09:31:00] Victim: thanks
`;

/** A phishing e-mail: sender headers, a phone in the subject, a multipart body with an HTML table. */
export const PHISHING_EML = [
  'Return-Path: <bounce@mailer.scam-bank.example>',
  'Received: from mail.scam-bank.example (mail.scam-bank.example [198.51.100.23]) by mx.isp.example',
  'From: "Secure Bank Support" <support@scam-bank.example>',
  'Reply-To: refunds.desk@reply-desk.test',
  'To: victim@isp.example',
  'Subject: Your account is locked - call +44 7700 900999',
  'Date: Mon, 3 Feb 2025 10:00:00 +0000',
  'Message-ID: <1234@scam-bank.example>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Dear customer, verify at https://scam-bank.example/verify now.',
  '',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<p>Dear customer, <a href=3D"https://scam-bank.example/verify?u=3D1">verify your account</a> now.</p>',
  '<table><tr><td>Unlock fee</td><td>bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4</td><td>secure-unlock.examp=',
  'le</td></tr></table>',
  '--b1--',
  '',
].join('\r\n');

/** An HTML page: a link behind text, a table of a site and its wallet, a script that is not read. */
export const PAGE_HTML = `<!DOCTYPE html>
<html><head><title>Warning list</title><script>var x = "hidden-script.example";</script></head>
<body><h1>Scam sites</h1>
<p>Do not trust <a href="https://fake-exchange.example/signup">this exchange</a>.</p>
<table><tr><th>Site</th><th>Wallet</th></tr>
<tr><td>fake-exchange.example</td><td>0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed</td></tr></table>
<img src="https://cdn.example/logo.png" alt="logo">
</body></html>
`;
