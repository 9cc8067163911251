package org.kumiai.service.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON provider, looked up once. Each static method of {@code jakarta.json.Json} looks the
 * provider up again, which in Payara Server searches the class loaders' resources: that search was
 * most of the CPU time of a register payment (README "Benchmarks", the payments benchmark).
 */
public final class JsonFactory {

  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonFactory() {}
}
