package io.crosscheck.extractor.input;

import io.crosscheck.model.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bytes to text. UTF-8 is the contract; text that is not UTF-8 is most often Windows-1252 from an
 * old newsroom system, so it is read as that (nothing is dropped) and a warning says so.
 */
final class Decoding {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  record Decoded(String text, List<Diagnostic> diagnostics) {}

  private Decoding() {}

  static boolean looksBinary(byte[] bytes, int length) {
    int sample = Math.min(length, 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return !hasUtf16Bom(bytes, length);
      }
      if (b < 0x09 || b > 0x0d && b < 0x20 && b != 0x1b) {
        control++;
      }
    }
    return sample > 0 && control * 10 > sample;
  }

  static Decoded decode(byte[] bytes, int length) {
    if (hasUtf16Bom(bytes, length)) {
      Charset utf16 =
          (bytes[0] & 0xff) == 0xfe ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      String text = new String(bytes, 2, length - 2, utf16);
      return new Decoded(
          text,
          List.of(
              Diagnostic.warning(
                  "not-utf8",
                  "the input is UTF-16; it was read as such. Save articles as UTF-8.")));
    }
    int offset =
        length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = strict.decode(ByteBuffer.wrap(bytes, offset, length - offset));
      return new Decoded(chars.toString(), List.of());
    } catch (CharacterCodingException e) {
      String text = new String(bytes, offset, length - offset, WINDOWS_1252);
      return new Decoded(
          text,
          List.of(
              Diagnostic.warning(
                  "not-utf8",
                  "the input is not valid UTF-8; it was read as Windows-1252 so no character is lost. "
                      + "Check accented letters and quotes, and save articles as UTF-8.")));
    }
  }

  private static boolean hasUtf16Bom(byte[] bytes, int length) {
    return length >= 2
        && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
            || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe);
  }
}
