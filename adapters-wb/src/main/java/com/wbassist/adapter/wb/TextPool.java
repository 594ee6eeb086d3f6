package com.wbassist.adapter.wb;

/**
 * Hands out one String for text that repeats down a page (warehouse, region, brand, subject…),
 * found by the parser's characters so a repeat allocates nothing. A 100,000-row page names a few
 * hundred warehouses and brands, not 100,000. One pool serves one page on one thread.
 */
final class TextPool {
  private static final int MAX_LENGTH = 64;
  private static final int PROBES = 8;
  private final String[] table = new String[8192];
  private int size;

  String of(char[] chars, int offset, int length) {
    if (length == 0) {
      return "";
    }
    if (length > MAX_LENGTH) {
      return new String(chars, offset, length);
    }
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = table.length - 1;
    int slot = (hash ^ (hash >>> 16)) & mask;
    for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
      String known = table[slot];
      if (known == null) {
        String created = new String(chars, offset, length);
        if (size < table.length / 2) {
          table[slot] = created;
          size++;
        }
        return created;
      }
      if (known.hashCode() == hash && sameChars(known, chars, offset, length)) {
        return known;
      }
    }
    return new String(chars, offset, length);
  }

  private static boolean sameChars(String known, char[] chars, int offset, int length) {
    if (known.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (known.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
