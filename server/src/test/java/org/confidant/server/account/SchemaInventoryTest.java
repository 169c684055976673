package org.confidant.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.confidant.server.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds the live schema to {@code docs/data-inventory.md}: no column that looks like contact or
 * identity data, and no table the inventory does not describe.
 */
class SchemaInventoryTest extends ServerTest {

  /** Whole name parts that mean contact or identity data. */
  private static final Set<String> FORBIDDEN_PARTS = Set.of("email", "mail", "e-mail", "phone", "telephone", "tel",
      "mobile", "cell", "sms", "ip", "ipv4", "ipv6", "inet", "address", "addr", "street", "zip", "postcode",
      "postal", "legal", "surname", "lastname", "firstname", "fullname", "realname", "birth", "birthday",
      "birthdate", "dob", "ssn", "passport", "geo", "location", "latitude", "longitude", "useragent");

  /** Part pairs that mean a real name or identity. */
  private static final Set<String> FORBIDDEN_PAIRS = Set.of("real_name", "first_name", "last_name", "full_name",
      "given_name", "family_name", "legal_name", "user_agent", "remote_addr", "client_ip", "date_of");

  static boolean looksLikeIdentity(String column) {
    String c = column.toLowerCase(Locale.ROOT);
    String[] parts = c.split("_");
    for (String p : parts) {
      if (FORBIDDEN_PARTS.contains(p)) {
        return true;
      }
    }
    for (int i = 0; i + 1 < parts.length; i++) {
      if (FORBIDDEN_PAIRS.contains(parts[i] + "_" + parts[i + 1])) {
        return true;
      }
    }
    return c.contains("email") || c.contains("phone") || c.contains("birth") || c.contains("surname");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "email, true", "contact_email, true", "phone_number, true", "ip, true", "client_ip, true",
    "ip_address, true", "street_address, true", "legal_name, true", "real_name, true", "first_name, true",
    "last_name, true", "date_of_birth, true", "birthdate, true", "homephone, true", "user_agent, true",
    "display_name, false", "sign_in_name, false", "description, false", "wrapped_key, false",
    "passphrase_hash, false", "session_epoch, false", "ciphertext, false", "expires_at, false",
    "installed_by, false", "time_zone, false", "shipping, false",
  })
  void identityColumnDetectorKnowsTheNames(String column, boolean identity) {
    assertThat(looksLikeIdentity(column)).isEqualTo(identity);
  }

  private List<String[]> columns() {
    return jdbc.sql("select lower(table_name), lower(column_name) from information_schema.columns "
            + "where lower(table_schema) = 'public'")
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
  }

  private List<String> tables() {
    return jdbc.sql("select lower(table_name) from information_schema.tables "
            + "where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')")
        .query(String.class).list();
  }

  @Test
  void noColumnHoldsContactOrIdentityData() {
    List<String[]> columns = columns();
    assertThat(columns).as("the schema has columns").hasSizeGreaterThan(20);
    List<String> bad = new ArrayList<>();
    for (String[] c : columns) {
      if (looksLikeIdentity(c[1])) {
        bad.add(c[0] + "." + c[1]);
      }
    }
    assertThat(bad).as("columns that look like contact or identity data; the server must not keep them").isEmpty();
  }

  @Test
  void everyTableIsInTheDataInventory() throws Exception {
    Path doc = Path.of("..", "docs", "data-inventory.md").toAbsolutePath().normalize();
    if (!Files.isRegularFile(doc)) {
      fail("The data inventory is missing: expected " + doc + " (run the tests from the server module directory).");
    }
    String inventory = Files.readString(doc, StandardCharsets.UTF_8);
    List<String> tables = tables();
    assertThat(tables).as("tables in the live schema").contains("account", "recovery_code", "audit_event");
    List<String> missing = tables.stream().filter(t -> !inventory.contains("`" + t + "`")).sorted().toList();
    assertThat(missing).as("tables that docs/data-inventory.md does not describe (add a section for each)").isEmpty();
  }

  @Test
  void inventorySaysWhatIsNeverKept() throws Exception {
    String inventory = Files.readString(Path.of("..", "docs", "data-inventory.md"), StandardCharsets.UTF_8);
    assertThat(inventory).contains("Email addresses", "phone numbers", "IP addresses", "legal", "Meeting keys",
        "Share text in readable form");
  }
}
