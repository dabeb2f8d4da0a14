/**
 * A bare vis-timeline with N events (`?n=1000`, read from `events-N.json`), a draggable
 * custom time cursor and wheel zoom: the floor any vis-based viewer can reach.
 */
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { BenchEvent } from '../../lib/bench-events.ts';

const count = Number(new URLSearchParams(location.search).get('n') ?? 1000);
const response = await fetch(`./events-${count}.json`);
const events = (await response.json()) as BenchEvent[];
const items = new DataSet(
  events.map((event) => ({
    id: event.id,
    start: event.start,
    ...(event.end ? { end: event.end } : {}),
    content: event.title,
  })),
);
const middle = events[Math.floor(events.length / 2)]?.start ?? '2016-01-01';
const start = new Date(middle);
const end = new Date(start.getTime() + 30 * 86_400_000);
const timeline = new Timeline(document.getElementById('timeline')!, items, {
  start,
  end,
  height: '100%',
  zoomable: true,
  moveable: true,
});
timeline.addCustomTime(new Date(start.getTime() + 10 * 86_400_000), 'cursor');
// vis keeps its drawing hidden under a loading screen until a 'rangechanged' has come,
// which it sends 200 ms after the window last moved, and never when the window given at
// creation is already the range: say it has come, so the first drawing shows.
(timeline as unknown as { emit(event: string, properties: object): void }).emit('rangechanged', {
  start,
  end,
  byUser: false,
});
Object.assign(window, { benchTimeline: timeline });
