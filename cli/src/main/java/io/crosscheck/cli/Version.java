package io.crosscheck.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's implementation version, if packaged. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Crosscheck.class.getPackage().getImplementationVersion();
    return new String[] {"crosscheck " + (v == null ? "0.1.0-SNAPSHOT" : v)};
  }
}
