package org.confidant.server.room;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import org.confidant.server.system.ConfidantProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The server's master key: a Tink AES256-GCM keyset in {@code <data-dir>/keys/master.json},
 * created at first start with file permissions 0600 (directory 0700).
 *
 * <p>It wraps only the groups' fingerprint keys ({@code group_key.wrapped_key}); it never
 * touches meeting shares, whose keys live in memory only ({@link SessionKeys}). Holding this file
 * and the database therefore yields the fingerprint keys, never a share. The keyset is stored in
 * the clear on purpose: the server must start unattended, so the file system's permissions are
 * its protection; a host that wants more can put the data directory on an encrypted volume.
 *
 * <p>Fails at start-up with {@link IllegalStateException} when the key file exists but cannot be
 * read as a keyset (it is never silently replaced: that would make every group key unreadable).
 */
@Component
public class MasterKeyStore {

  static final String FILE_NAME = "master.json";

  private final Aead aead;

  @Autowired
  MasterKeyStore(ConfidantProperties properties) {
    this(properties.dataDir().resolve("keys"));
  }

  MasterKeyStore(Path keyDir) {
    try {
      AeadConfig.register();
      this.aead = loadOrCreate(keyDir).getPrimitive(RegistryConfiguration.get(), Aead.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the master key could not be loaded (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Encrypts {@code plaintext} bound to {@code associatedData}. */
  byte[] wrap(byte[] plaintext, byte[] associatedData) {
    try {
      return aead.encrypt(plaintext, associatedData);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("wrapping failed");
    }
  }

  /**
   * Decrypts what {@link #wrap} made with the same associated data.
   *
   * @throws GeneralSecurityException when the ciphertext or associated data do not match
   */
  byte[] unwrap(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
    return aead.decrypt(ciphertext, associatedData);
  }

  private static KeysetHandle loadOrCreate(Path dir) throws GeneralSecurityException {
    Path file = dir.resolve(FILE_NAME);
    try {
      if (Files.exists(file)) {
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file, StandardCharsets.UTF_8),
            InsecureSecretKeyAccess.get());
      }
      createPrivateDirectory(dir);
      KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
      String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
      Path tmp = dir.resolve(FILE_NAME + ".tmp");
      Files.deleteIfExists(tmp);
      createPrivateFile(tmp);
      Files.writeString(tmp, json, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException raced) {
        Files.delete(tmp);
        return loadOrCreate(dir);
      }
      return handle;
    } catch (IOException e) {
      throw new UncheckedIOException("the key store under the data directory is not usable", e);
    }
  }

  private static void createPrivateDirectory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    if (posix(dir)) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(dir);
    }
  }

  private static void createPrivateFile(Path file) throws IOException {
    if (posix(file)) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  @Override
  public String toString() {
    return "MasterKeyStore[redacted]";
  }
}
