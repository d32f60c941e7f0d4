import {
  MAX_LOGO_BYTES,
  firstAdministratorProblems,
  frontSheetNames,
  frontSheetNamesProblem,
  logoMediaType,
  logoProblem,
} from '../../src/authorities/council-settings';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

describe('a council’s settings', () => {
  it.each([
    ['a PNG', PNG, 'image/png'],
    ['a JPEG', JPEG, 'image/jpeg'],
    ['a GIF', Buffer.from('GIF89a'), null],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
    ['a PNG cut short', PNG.subarray(0, 7), null],
  ])('tells %s by its first bytes', (_what, bytes, type) => {
    expect(logoMediaType(bytes)).toBe(type);
  });

  it('refuses a logo that is empty, too large or not a PNG or JPEG, saying which', () => {
    expect(logoProblem(Buffer.alloc(0))?.kind).toBe('missing');
    expect(logoProblem(Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)]))).toEqual({
      kind: 'too_large',
      message: 'The logo must be at most 512 KB; this one is 513 KB.',
    });
    expect(logoProblem(Buffer.from('%PDF-1.7'))?.message).toBe('The logo must be a PNG or JPEG image.');
    expect(logoProblem(Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES - PNG.length)]))).toBeNull();
  });

  it('keeps committees one a line, trimmed, without blanks or repeats whatever their case', () => {
    expect(frontSheetNames(' Executive Board \r\n\r\nCabinet\nexecutive  board\n')).toEqual([
      'Executive Board',
      'Cabinet',
    ]);
    expect(
      frontSheetNamesProblem(
        Array.from({ length: 21 }, (_, i) => `C${i}`),
        'committees',
      ),
    ).toBe('Give at most 20 committees.');
    expect(frontSheetNamesProblem(['x'.repeat(201)], 'officers')).toBe(
      'Each of the officers must be at most 200 characters.',
    );
  });

  it('names every problem with a first administrator at once, field by field', () => {
    expect(firstAdministratorProblems({ name: ' ', email: 'jo at halton', password: 'short' }, 'glossy')).toEqual([
      { field: 'adminName', message: 'Enter the administrator’s full name.' },
      { field: 'adminEmail', message: 'Enter an email address like name@council.gov.uk.' },
      { field: 'password', message: 'The password must be at least 12 characters long.' },
      { field: 'houseStyle', message: 'Choose a house style: executive-board or cabinet.' },
    ]);
    expect(
      firstAdministratorProblems(
        { name: 'Jo Bloggs', email: 'jo@halton.gov.uk', password: 'quiet-river-morning-42' },
        'cabinet',
      ),
    ).toEqual([]);
  });
});
