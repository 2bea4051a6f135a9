type Token = { star: true } | { star: false; text: string };

/**
 * Compiles a StringMatches pattern: `*` matches any run of characters, `\*` a literal star and
 * `\\` a literal backslash; the whole string must match. The matcher is a greedy wildcard walk
 * with backtracking to the last star only, so it runs in O(pattern × text) at worst (no regex
 * built from user text, so no catastrophic backtracking).
 */
export function compileStringMatches(pattern: string): (text: string) => boolean {
  const tokens = tokenize(pattern);
  return (text) => matches(tokens, text);
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let literal = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && i + 1 < pattern.length) {
      literal += pattern[++i];
    } else if (ch === '*') {
      if (literal) tokens.push({ star: false, text: literal });
      literal = '';
      if (tokens[tokens.length - 1]?.star !== true) tokens.push({ star: true });
    } else {
      literal += ch;
    }
  }
  if (literal) tokens.push({ star: false, text: literal });
  return tokens;
}

function matches(tokens: Token[], text: string): boolean {
  let pos = 0;
  let i = 0;
  // Where to resume after the most recent star: the token after it and the text position tried.
  let starToken = -1;
  let starPos = 0;
  while (i < tokens.length || pos < text.length) {
    const token = tokens[i];
    if (token?.star) {
      starToken = i++;
      starPos = pos;
      continue;
    }
    if (token && text.startsWith(token.text, pos)) {
      pos += token.text.length;
      i++;
      continue;
    }
    if (starToken >= 0 && starPos < text.length) {
      // Let the last star swallow one more character and retry what follows it.
      pos = ++starPos;
      i = starToken + 1;
      continue;
    }
    return false;
  }
  return true;
}
