/** Builds a seeds folder holding every kind of bad input the loader must survive. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GOOD = 'Storm hits coast\n\nThe storm made landfall on Monday, officials said.\n';

export async function makeHostileFolder(): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'hostile-seeds-'));
  const write = async (name: string, content: string | Uint8Array) => {
    await fs.mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await fs.writeFile(path.join(root, name), content);
  };
  await write('good.txt', GOOD);
  await write('good.meta.json', '{"source":"Wire","published":"2016-09-08"}');
  await write('empty.txt', '');
  await write('blank.txt', '  \n\n\t \r\n');
  await write('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]));
  await write(
    'latin1.txt',
    new Uint8Array([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' opened on Monday.\n')]),
  );
  await write(
    'utf16.txt',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Rain fell on Monday.', 'utf16le')]),
  );
  await write(
    'bom.txt',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Talks began Monday.')]),
  );
  await write('crlf.txt', 'Headline\r\n\r\nTalks began on Monday.\r\n');
  await write('cr.txt', 'Headline\r\rTalks began on Monday.\r');
  await write('no-dates.txt', 'A quiet story\n\nNothing at all happened here.\n');
  await write(
    'impossible.txt',
    'Odd dates\n\nThe vote is set for February 30, and the year 99999 is far.\n',
  );
  await write('bad-meta.txt', 'Meeting\n\nThe board met on Monday.\n');
  await write('bad-meta.meta.json', '{"published": "yesterday", "source": ');
  await write('contradictory.txt', 'Old news\n\nThe board met on Monday.\n');
  await write('contradictory.meta.json', '{"published": "2016-13-45", "source": 7}');
  await write('a/same.txt', 'Same name\n\nThe match ended on Sunday.\n');
  await write('b/same.txt', 'Same name\n\nThe match ended on Saturday.\n');
  await write('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
  await write('orphan.meta.json', '{"source":"Nobody"}');
  await fs.symlink('..', path.join(root, 'a', 'loop'));
  await fs.symlink(path.join(root, 'missing.txt'), path.join(root, 'dangling.txt'));
  return root;
}

/** Every input the loader was given, as paths relative to the folder. */
export const HOSTILE_INPUTS = [
  'good.txt',
  'good.meta.json',
  'empty.txt',
  'blank.txt',
  'binary.txt',
  'latin1.txt',
  'utf16.txt',
  'bom.txt',
  'crlf.txt',
  'cr.txt',
  'no-dates.txt',
  'impossible.txt',
  'bad-meta.txt',
  'bad-meta.meta.json',
  'contradictory.txt',
  'contradictory.meta.json',
  'a/same.txt',
  'b/same.txt',
  'photo.jpg',
  'orphan.meta.json',
  'a/loop',
  'dangling.txt',
];
