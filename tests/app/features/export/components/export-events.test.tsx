import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCorpusIndex } from '../../../../../src/features/corpus/utils/corpus-index.ts';
import { ExportEvents } from '../../../../../src/features/export/index.ts';
import { syriaCorpus } from '../../../fixtures.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const index = buildCorpusIndex(syriaCorpus);

/** jsdom's Blob has no text(): FileReader reads it. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

/** The file the page hands the browser: its name and text. */
function captureDownloads() {
  const files: { name: string; text: Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, text: readBlob(blobs.get(this.href)!) });
  });
  return files;
}

describe('ExportEvents', () => {
  it('downloads the events shown as CSV and as TimelineJS JSON', async () => {
    const files = captureDownloads();
    const shown = index.placed.slice(0, 2);
    render(<ExportEvents events={shown} articleById={index.articleById} />);
    expect(screen.getByRole('group', { name: 'Export the 2 events shown' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'CSV' }));
    await userEvent.click(screen.getByRole('button', { name: 'TimelineJS' }));
    expect(files.map((file) => file.name)).toEqual(['events.csv', 'timeline.json']);
    const csv = await files[0]!.text;
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.split('\r\n')[1]).toBe(
      '2011,Syrian conflict erupts,Military,,Syria,Buzzing Live: Kerry arrives in Geneva,',
    );
    const timeline = JSON.parse(await files[1]!.text) as { events: { unique_id: string }[] };
    expect(timeline.events.map((slide) => slide.unique_id)).toEqual(['war', 'stalled']);
  });

  it('offers nothing to export when no event is shown', () => {
    render(<ExportEvents events={[]} articleById={index.articleById} />);
    expect(screen.getByRole('button', { name: 'CSV' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'TimelineJS' })).toBeDisabled();
  });
});
