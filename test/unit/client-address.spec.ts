import { lockoutAddress } from '../../src/auth/client-address';

describe('lockoutAddress', () => {
  it.each([
    ['192.0.2.10', '192.0.2.10'],
    ['::ffff:192.0.2.10', '192.0.2.10'],
    ['::1', '::1'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:db8:1:2::ffff:192.0.2.1', '2001:db8:1:2::/64'],
    ['unknown', 'unknown'],
  ])('counts %s as %s', (address, expected) => {
    expect(lockoutAddress(address)).toBe(expected);
  });

  it('counts every address of one IPv6 /64 together, and a neighbouring /64 apart', () => {
    const sut = ['2001:db8:5:6::1', '2001:db8:5:6:ffff::9', '2001:db8:5:6:1:2:3:4'].map(lockoutAddress);
    expect(new Set(sut).size).toBe(1);
    expect(lockoutAddress('2001:db8:5:7::1')).not.toBe(sut[0]);
  });
});
