#pragma once

#include <QCoreApplication>
#include <QString>

// Where an archive file lives, as far as SQLite's locking cares. WAL keeps its index in shared memory
// (the -shm file), which only works when every process reading the file runs on the same machine; on a network
// share (NFS, SMB/CIFS, sshfs, ...) it corrupts the archive or fails, so there the classic rollback journal is
// used. An unknown file system counts as a network one: the rollback journal is safe everywhere, WAL is not.
class StorageLocation {
    Q_DECLARE_TR_FUNCTIONS(StorageLocation)

public:
    enum class Kind { Local, Network, Unknown };

    // Looks at the file system holding `path` (the folder when the file does not exist yet).
    static StorageLocation detect(const QString& path);
    // The decision, from a file system type name as Linux's /proc/self/mountinfo, macOS's statfs f_fstypename
    // or our own names for Linux statfs magic numbers and Windows drive types spell it ("ext4", "nfs4",
    // "cifs", "smbfs", "fuse.sshfs", "remote", ...).
    static Kind classify(const QString& fileSystemType);
    // Name of a Linux statfs f_type magic number ("nfs", "cifs", "smb2", "fuse", "ext4", ...); "" when unknown.
    static QString linuxTypeName(quint64 magic);

    Kind kind() const { return m_kind; }
    bool isLocal() const { return m_kind == Kind::Local; }
    const QString& fileSystemType() const { return m_type; }

    // "wal" on a local disk, "delete" (rollback journal) elsewhere. DOSSIER_JOURNAL_MODE=wal|delete overrides
    // it, for a share that is detected wrongly (and for tests of the network settings on a local disk).
    QString journalMode() const;
    // How long a statement waits for another process's lock before giving up: longer on a share, where
    // lock round trips are slow.
    int busyTimeoutMs() const { return isLocal() ? 5000 : 10000; }
    QString describe() const; // "ext4 (local disk)", for messages and `check`

private:
    StorageLocation(Kind kind, QString type) : m_kind(kind), m_type(std::move(type)) {}
    Kind m_kind = Kind::Unknown;
    QString m_type;
};
