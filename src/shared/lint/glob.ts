/**
 * A small glob matcher for config `files` patterns: `**` crosses folders, `*` and `?` do not,
 * `{a,b}` alternates. Paths use forward slashes; a pattern without a slash matches the base name.
 */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` matches zero or more folders.
      if (pattern[i + 2] === '/') {
        out += '(?:.*/)?';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) out += '\\{';
      else {
        out +=
          '(?:' +
          pattern
            .slice(i + 1, end)
            .split(',')
            .map(escape)
            .join('|') +
          ')';
        i = end;
      }
    } else out += escape(c);
  }
  return new RegExp('^' + out + '$');
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/** True when a (relative, forward-slash) path matches a glob. */
export function matchesGlob(path: string, pattern: string): boolean {
  const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const target = pattern.includes('/') ? normalized : (normalized.split('/').pop() ?? normalized);
  return globToRegExp(pattern.replace(/^\.\//, '')).test(target);
}
