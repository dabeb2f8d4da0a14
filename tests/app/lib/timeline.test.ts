import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/escape-html.ts';
import { itemContentHtml } from '../../../src/lib/timeline.ts';

describe('timeline item content', () => {
  it('escapes every character that could open markup', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    );
  });

  it('builds item content whose only element is the marker span', () => {
    const container = document.createElement('div');
    container.innerHTML = itemContentHtml('◆', '<script>alert(1)</script> met <b>Lavrov</b>');
    expect(container.querySelectorAll('*')).toHaveLength(1);
    expect(container.textContent).toBe('◆ <script>alert(1)</script> met <b>Lavrov</b>');
  });
});
