// The translations library holds only embedded .qm resources; this file gives it one object to build.
namespace dossier_translations {
int anchor = 0;
}
