package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.returnwatch.work.PrivateFiles;
import org.returnwatch.work.ProgressListener;

/**
 * Changes the passphrase of a closed database. The file is re-encrypted into a new file beside it
 * (H2's own tool would delete the old file before moving the new one in, and syncs nothing), the new
 * file's user password is changed, a new key file with a new salt is made for it, and both are put
 * in place as {@link KeyFiles#replace} describes: a kill at any moment leaves either the old
 * passphrase or the new one working, never neither. Records, history and seals are untouched: the
 * seal key lives inside the encrypted file, and the key file's record of the history is
 * authenticated again under the new passphrase.
 */
public final class PassphraseChange {
    /** The steps reported to the listener, in order. */
    public static final int STEPS = 5;
    private static final int COPY_BLOCK = 64 * 1024;

    private PassphraseChange() {
    }

    public static void change(DatabaseFile file, Passphrase old, Passphrase fresh, KdfParams kdf,
                              ProgressListener listener) {
        if (fresh.isEmpty()) {
            throw new StoreException(phrase("the new passphrase is empty"));
        }
        try (DerivedKeys oldKeys = Opening.unlock(file, old)) {
            KeyFile current = KeyFile.read(file.keyFile());
            byte[] salt = KeyFile.newSalt();
            try (DerivedKeys newKeys = DerivedKeys.derive(fresh, salt, kdf.iterations());
                 Restore.TargetLock lock = Restore.TargetLock.acquire(file)) {
                DatabaseFile temp = Restore.tempBeside(file, "rekeying");
                try {
                    listener.checkCancelled();
                    reencrypt(lock.channel(), file, temp, oldKeys, newKeys);
                    listener.progress(1, STEPS);
                    changeUserPassword(temp, oldKeys, newKeys);
                    listener.progress(2, STEPS);
                    KeyFile next = new KeyFile(salt, kdf.iterations(), newKeys.check(), current.databaseId(),
                            H2Pool.fileSalt(temp.dataFile()), null, 0, 0);
                    HistoryHead head = recordedHead(current, oldKeys);
                    if (head != null) {
                        byte[] kfKey = newKeys.keyFileKey();
                        try {
                            next = next.withHead(head, kfKey);
                        } finally {
                            Arrays.fill(kfKey, (byte) 0);
                        }
                    }
                    next.write(temp.keyFile());
                    checkOpens(temp, newKeys);
                    listener.checkCancelled();
                    lock.close();
                    KeyFiles.replace(file, current, temp, next, (done, total) -> listener.progress(2 + done, STEPS));
                } finally {
                    KeyFiles.deleteQuietly(temp.dataFile());
                    KeyFiles.deleteQuietly(temp.keyFile());
                }
            }
        }
    }

    /** The key file's record of the history, carried over to the new key file; an edited one is not passed on. */
    private static HistoryHead recordedHead(KeyFile current, DerivedKeys oldKeys) {
        if (!current.hasHead()) {
            return null;
        }
        byte[] kfKey = oldKeys.keyFileKey();
        try {
            HistoryHead head = current.head(kfKey);
            if (head == null) {
                throw new IntegrityException(phrase("the key file's record of the history was edited; run verify "
                        + "before changing the passphrase; the passphrase was not changed"));
            }
            return head;
        } finally {
            Arrays.fill(kfKey, (byte) 0);
        }
    }

    /** Copies the decrypted contents block by block into the new file, encrypted under the new file password. */
    private static void reencrypt(FileChannel source, DatabaseFile file, DatabaseFile temp, DerivedKeys oldKeys,
                                  DerivedKeys newKeys) {
        char[] oldPw = oldKeys.filePassword();
        char[] newPw = newKeys.filePassword();
        try {
            PrivateFiles.createFile(temp.dataFile());
            // the source is read through the channel that holds the lock: closing another channel on the
            // file would drop that lock (POSIX) and let another program open the database meanwhile
            FileEncrypt in = new FileEncrypt(file.dataFile().toString(), FilePathEncrypt.getPasswordBytes(oldPw),
                    source);
            try (FileChannel raw = FileChannel.open(temp.dataFile(), StandardOpenOption.READ, StandardOpenOption.WRITE);
                 FileEncrypt out = new FileEncrypt(temp.dataFile().toString(), FilePathEncrypt.getPasswordBytes(newPw),
                         raw)) {
                long size = in.size();
                ByteBuffer buffer = ByteBuffer.allocate(COPY_BLOCK);
                for (long at = 0; at < size;) {
                    buffer.clear();
                    buffer.limit((int) Math.min(COPY_BLOCK, size - at));
                    int n = in.read(buffer, at);
                    if (n <= 0) {
                        throw new IOException("the database file ended early");
                    }
                    buffer.flip();
                    while (buffer.hasRemaining()) {
                        out.write(buffer, at + buffer.position());
                    }
                    at += n;
                }
                out.force(true);
            }
        } catch (IOException e) {
            throw new StoreException(phrase("the database could not be re-encrypted ({0}); the passphrase was not "
                    + "changed", e.getMessage()));
        } finally {
            Arrays.fill(oldPw, '\0');
            Arrays.fill(newPw, '\0');
        }
    }

    /** H2 keeps a user password of its own inside the file; the copy's must follow the new passphrase too. */
    private static void changeUserPassword(DatabaseFile temp, DerivedKeys oldKeys, DerivedKeys newKeys) {
        H2Pool.Opened opened = H2Pool.open(temp, DerivedKeys.h2Password(newKeys, oldKeys), H2Pool.Mode.READ_WRITE);
        char[] userPw = newKeys.userPassword();
        try (Connection c = opened.pool().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("ALTER USER " + H2Pool.user() + " SET PASSWORD ?")) {
                ps.setString(1, new String(userPw));
                ps.execute();
            }
            try (Statement st = c.createStatement()) {
                st.execute("CHECKPOINT SYNC");
                st.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            throw new StoreException(phrase("the re-encrypted database could not be completed (database error "
                    + "{0}); the passphrase was not changed", e.getErrorCode()));
        } finally {
            Arrays.fill(userPw, '\0');
            opened.dispose();
        }
    }

    private static void checkOpens(DatabaseFile temp, DerivedKeys newKeys) {
        H2Pool.open(temp, newKeys, H2Pool.Mode.READ_ONLY).dispose();
    }
}
