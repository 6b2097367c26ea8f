// App normalization: Android package ids, Google Play and App Store links, ios:<id> keys.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../server/indicators/index.js';
import { accepted, rejected } from './helpers.js';

describe('normalize(app)', () => {
  it.each([
    ['com.example.app', 'com.example.app', 'android', null],
    ['com.Fake.TradePro', 'com.Fake.TradePro', 'android', null],
    ['android:com.my_app.wallet2', 'com.my_app.wallet2', 'android', null],
    [
      'https://play.google.com/store/apps/details?id=com.fake.trade&hl=en_US&gl=TH',
      'com.fake.trade',
      'android',
      'google_play',
    ],
    [
      'play.google.com/store/apps/details?id=com.fake.trade',
      'com.fake.trade',
      'android',
      'google_play',
    ],
    [
      'hxxps://play[.]google[.]com/store/apps/details?id=com.fake.trade',
      'com.fake.trade',
      'android',
      'google_play',
    ],
    ['market://details?id=com.fake.trade', 'com.fake.trade', 'android', 'google_play'],
    [
      'https://apps.apple.com/us/app/fake-exchange/id1234567890',
      'ios:1234567890',
      'ios',
      'app_store',
    ],
    [
      'https://apps.apple.com/th/app/id987654321?platform=iphone',
      'ios:987654321',
      'ios',
      'app_store',
    ],
    ['https://itunes.apple.com/app/id123?mt=8', 'ios:123', 'ios', 'app_store'],
    ['ios:1234567890', 'ios:1234567890', 'ios', 'app_store'],
    ['iOS:id1234567890', 'ios:1234567890', 'ios', 'app_store'],
  ])('%s → %s', (input, key, platform, store) => {
    const app = accepted(normalize(input, 'app'));
    expect(app.kind).toBe('app');
    expect(app.key).toBe(key);
    expect(app.facts.platform).toBe(platform);
    expect(app.facts.store).toBe(store);
  });

  it.each([
    ['com', 'INVALID_APP'],
    ['1com.example', 'INVALID_APP'],
    ['com..example', 'INVALID_APP'],
    ['com.example-app.x', 'INVALID_APP'],
    ['ios:abc', 'INVALID_APP'],
    ['https://play.google.com/store/apps/details', 'INVALID_APP'],
    ['https://play.google.com/store/apps/developer?id=Fake+Ltd', 'INVALID_APP'],
    ['https://apps.apple.com/us/app/fake-exchange', 'INVALID_APP'],
    ['https://evil.com/app.apk', 'INVALID_APP'],
    ['', 'EMPTY'],
  ])('rejects %s with %s', (input, reason) => {
    expect(rejected(normalize(input, 'app'))).toBe(reason);
  });
});
