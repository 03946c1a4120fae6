package io.crosscheck.extractor.text;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Opens the data files bundled with the extractor's classes (word lists, lexicon and rule files).
 *
 * <p>Why not {@code Class.getResourceAsStream} alone: it asks the class loader's parents first, and
 * for a name in no JDK package they search every module of the JDK, twice, before the class path is
 * looked at; a {@code jar:} URL for each file then costs about as much again. For two hundred files
 * that was a tenth of the engine's start-up. The files are in the jar or folder this class was
 * loaded from, so they are read from there directly; where that is neither a local jar nor a folder
 * (a native image, a loader of its own) the class loader is asked as before. So a bundled file is
 * always the bundled one: a same-named file earlier on the class path no longer replaces it (a
 * newsroom extends the lists by editing the files in {@code extractor/src/main/resources}).
 */
public final class DataFiles {

  /** The jar this class was loaded from, open for the life of the JVM as the class loader's is. */
  private static final JarFile JAR;

  /** The folder of classes this class was loaded from. */
  private static final File FOLDER;

  static {
    File source = source();
    JarFile jar = null;
    if (source != null && source.isFile()) {
      try {
        jar = new JarFile(source, false);
      } catch (IOException e) {
        jar = null; // the class loader is asked instead
      }
    }
    JAR = jar;
    FOLDER = source != null && source.isDirectory() ? source : null;
  }

  private DataFiles() {}

  /**
   * The file, as {@code Class.getResourceAsStream} would open it; null when it is missing. A file
   * not beside this class (a test's own list, in the test classes) is looked up on the class path.
   *
   * @param name an absolute resource name: {@code /io/crosscheck/extractor/lexicon/places.tsv}
   */
  private static InputStream open(String name) throws IOException {
    InputStream in = name.startsWith("/") ? beside(name.substring(1)) : null;
    return in != null ? in : DataFiles.class.getResourceAsStream(name);
  }

  /**
   * The file's lines, decoded as UTF-8 (a malformed byte reads as U+FFFD, as an {@code
   * InputStreamReader} would give it); null when it is missing. The file is read whole at its
   * stored size and the reader's buffer is no longer than the text: the two hundred small lists
   * read at start-up each took a reader's 24 KB of buffers before, 6 of the 40 MB a cold {@code
   * compare} allocated, and young collections on the way to the first article.
   */
  public static BufferedReader reader(String name) throws IOException {
    byte[] bytes = bytes(name);
    if (bytes == null) {
      return null;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    return new BufferedReader(new StringReader(text), Math.max(1, Math.min(text.length(), 8192)));
  }

  private static byte[] bytes(String name) throws IOException {
    long size = -1;
    if (name.startsWith("/") && JAR != null) {
      ZipEntry entry = JAR.getEntry(name.substring(1));
      size = entry == null ? -1 : entry.getSize();
    } else if (name.startsWith("/") && FOLDER != null) {
      size = new File(FOLDER, name.substring(1)).length();
    }
    try (InputStream in = open(name)) {
      if (in == null) {
        return null;
      }
      if (size <= 0 || size > Integer.MAX_VALUE - 8) {
        return in.readAllBytes();
      }
      // the stored size is only a hint: a file that turns out longer is read on to its end
      byte[] head = in.readNBytes((int) size);
      int next = in.read();
      if (next < 0) {
        return head;
      }
      ByteArrayOutputStream all = new ByteArrayOutputStream(head.length * 2);
      all.write(head);
      all.write(next);
      in.transferTo(all);
      return all.toByteArray();
    }
  }

  private static InputStream beside(String path) throws IOException {
    if (JAR != null) {
      ZipEntry entry = JAR.getEntry(path);
      return entry == null ? null : JAR.getInputStream(entry);
    }
    if (FOLDER != null) {
      try {
        return new FileInputStream(new File(FOLDER, path));
      } catch (FileNotFoundException e) {
        return null;
      }
    }
    return null;
  }

  /** The local jar or folder this class was loaded from, or null when that is not known. */
  private static File source() {
    try {
      CodeSource code = DataFiles.class.getProtectionDomain().getCodeSource();
      URL location = code == null ? null : code.getLocation();
      if (location == null || !location.getProtocol().equals("file")) {
        return null;
      }
      return new File(location.toURI());
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return null; // the class loader is asked, as before
    }
  }
}
