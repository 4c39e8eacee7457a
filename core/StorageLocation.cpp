#include "StorageLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <sys/mount.h>
#include <sys/param.h>
#elif defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

namespace {
// The file, or the nearest existing folder above it: a new archive is detected before it is created.
QString existingPath(const QString& path)
{
    QFileInfo info(path);
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    return info.absoluteFilePath();
}

#if defined(Q_OS_LINUX)
// statfs says only "FUSE" for sshfs as well as for local NTFS disks; the mount table names the driver
// ("fuse.sshfs", "fuseblk"). The longest mount point that contains the path is the one holding it.
QString mountTableType(const QString& path)
{
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    if (!mounts.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString canonical = QFileInfo(path).canonicalFilePath();
    QString bestPoint;
    QString bestType;
    while (!mounts.atEnd()) {
        const QString line = QString::fromUtf8(mounts.readLine()).trimmed();
        // id parent major:minor root mountpoint options [optional...] - fstype source superoptions
        const QStringList fields = line.split(u' ');
        const qsizetype dash = fields.indexOf(QStringLiteral("-"));
        if (fields.size() < 5 || dash < 0 || dash + 1 >= fields.size())
            continue;
        QString point = fields.at(4);
        point.replace(QStringLiteral("\\040"), QStringLiteral(" ")).replace(QStringLiteral("\\011"), QStringLiteral("\t"));
        const bool contains = canonical == point || point == u"/" ||
                              canonical.startsWith(point.endsWith(u'/') ? point : point + u'/');
        if (contains && point.size() >= bestPoint.size()) {
            bestPoint = point;
            bestType = fields.at(dash + 1);
        }
    }
    return bestType;
}
#endif

QString detectType(const QString& path)
{
#if defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(path);
    if (native.startsWith(QStringLiteral("\\\\")))
        return QStringLiteral("remote"); // a UNC path: \\server\share\...
    wchar_t volume[MAX_PATH + 1] = {};
    if (!GetVolumePathNameW(reinterpret_cast<const wchar_t*>(native.utf16()), volume, MAX_PATH))
        return {};
    switch (GetDriveTypeW(volume)) {
    case DRIVE_REMOTE: return QStringLiteral("remote");
    case DRIVE_FIXED: return QStringLiteral("fixed");
    case DRIVE_REMOVABLE: return QStringLiteral("removable");
    case DRIVE_RAMDISK: return QStringLiteral("ramdisk");
    case DRIVE_CDROM: return QStringLiteral("cdrom");
    default: return {};
    }
#elif defined(Q_OS_MACOS)
    struct statfs info;
    if (statfs(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    const QString name = QString::fromUtf8(info.f_fstypename);
    // MNT_LOCAL is the system's own answer; a non-local file system of a type we do not know still counts.
    if (!(info.f_flags & MNT_LOCAL) && StorageLocation::classify(name) == StorageLocation::Kind::Local)
        return QStringLiteral("remote");
    return name;
#elif defined(Q_OS_LINUX)
    struct statfs info;
    if (statfs(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    const QString name = StorageLocation::linuxTypeName(quint64(quint32(info.f_type)));
    if (name == u"fuse" || name.isEmpty()) {
        const QString mounted = mountTableType(path);
        if (!mounted.isEmpty())
            return mounted;
    }
    return name;
#else
    Q_UNUSED(path);
    return {};
#endif
}
} // namespace

QString StorageLocation::linuxTypeName(quint64 magic)
{
    switch (magic) {
    // local disks and memory
    case 0xEF53: return QStringLiteral("ext4");
    case 0x58465342: return QStringLiteral("xfs");
    case 0x9123683E: return QStringLiteral("btrfs");
    case 0x01021994: return QStringLiteral("tmpfs");
    case 0x794C7630: return QStringLiteral("overlay");
    case 0xF2F52010: return QStringLiteral("f2fs");
    case 0x4D44: return QStringLiteral("vfat");
    case 0x2011BAB0: return QStringLiteral("exfat");
    case 0x5346544E: return QStringLiteral("ntfs");
    case 0x2FC12FC1: return QStringLiteral("zfs");
    case 0x52654973: return QStringLiteral("reiserfs");
    case 0x3153464A: return QStringLiteral("jfs");
    case 0x858458F6: return QStringLiteral("ramfs");
    // shares and cluster file systems
    case 0x6969: return QStringLiteral("nfs");
    case 0x517B: return QStringLiteral("smb");
    case 0xFF534D42: return QStringLiteral("cifs");
    case 0xFE534D42: return QStringLiteral("smb2");
    case 0x65735546: return QStringLiteral("fuse");
    case 0x73757245: return QStringLiteral("coda");
    case 0x5346414F: return QStringLiteral("afs");
    case 0x6B414653: return QStringLiteral("kafs");
    case 0x00C36400: return QStringLiteral("ceph");
    case 0x01021997: return QStringLiteral("9p");
    case 0x01161970: return QStringLiteral("gfs2");
    case 0x7461636F: return QStringLiteral("ocfs2");
    case 0x0BD00BD0: return QStringLiteral("lustre");
    case 0x564C: return QStringLiteral("ncpfs");
    case 0x786F4256: return QStringLiteral("vboxsf");
    default: return {};
    }
}

StorageLocation::Kind StorageLocation::classify(const QString& fileSystemType)
{
    const QString type = fileSystemType.trimmed().toLower();
    if (type.isEmpty())
        return Kind::Unknown;
    static const QSet<QString> network = {
        QStringLiteral("remote"), QStringLiteral("nfs"),    QStringLiteral("nfs4"),   QStringLiteral("smb"),
        QStringLiteral("smb2"),   QStringLiteral("smb3"),   QStringLiteral("smbfs"),  QStringLiteral("cifs"),
        QStringLiteral("afs"),    QStringLiteral("kafs"),   QStringLiteral("afpfs"),  QStringLiteral("coda"),
        QStringLiteral("ceph"),   QStringLiteral("9p"),     QStringLiteral("gfs2"),   QStringLiteral("ocfs2"),
        QStringLiteral("lustre"), QStringLiteral("ncpfs"),  QStringLiteral("vboxsf"), QStringLiteral("vmhgfs"),
        QStringLiteral("prl_fs"), QStringLiteral("webdav"), QStringLiteral("davfs"),  QStringLiteral("sshfs"),
        QStringLiteral("glusterfs"), QStringLiteral("fuse"), QStringLiteral("osxfuse"), QStringLiteral("macfuse"),
    };
    if (network.contains(type))
        return Kind::Network;
    // fuseblk is a FUSE driver for a local block device (NTFS, exFAT); every other FUSE driver (sshfs, rclone,
    // s3fs, gcsfuse, ...) may reach over the network, and we cannot tell which ones do not.
    if (type.startsWith(u"fuse.") || type.startsWith(u"fuse3."))
        return Kind::Network;
    return Kind::Local;
}

StorageLocation StorageLocation::detect(const QString& path)
{
    const QString type = detectType(existingPath(path));
    return StorageLocation(classify(type), type);
}

QString StorageLocation::journalMode() const
{
    const QByteArray forced = qgetenv("DOSSIER_JOURNAL_MODE").toLower();
    if (forced == "wal" || forced == "delete")
        return QString::fromLatin1(forced);
    return isLocal() ? QStringLiteral("wal") : QStringLiteral("delete");
}

QString StorageLocation::describe() const
{
    const QString type = m_type.isEmpty() ? tr("unknown file system") : m_type;
    switch (m_kind) {
    case Kind::Local: return tr("%1 (local disk)").arg(type);
    case Kind::Network: return tr("%1 (network share)").arg(type);
    case Kind::Unknown: break;
    }
    return tr("%1 (treated as a network share)").arg(type);
}
