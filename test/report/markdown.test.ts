import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/report/index.js';

describe('escapeMarkdown', () => {
  it('leaves no live markdown or HTML in article text', () => {
    const hostile = '| a | b | `code` # head <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) <!-- c --> https://evil.example **bold** _em_ ~~s~~ ![i](y)';
    const safe = escapeMarkdown(hostile);
    expect(safe).not.toMatch(/<(?!\/?\s*$)[a-z!]/i);
    expect(safe).not.toMatch(/(?<!\\)[|`[\]*_~]/);
    expect(safe).not.toContain('://');
    expect(safe).not.toContain('\n');
  });
});
