<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgenciesPage</name>
    <message>
        <source>Agencies</source>
        <translation>Agences</translation>
    </message>
    <message>
        <source>&amp;New agency...</source>
        <translation>&amp;Nouvelle agence...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
</context>
<context>
    <name>AgencyAdminPresenter</name>
    <message>
        <source>Enter a code.</source>
        <translation>Saisissez un code.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>New agency</source>
        <translation>Nouvelle agence</translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation>Modifier l&apos;agence</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctive</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>AgencyListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ApprovalListModel</name>
    <message>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Unlock a user</source>
        <translation>Déverrouiller un utilisateur</translation>
    </message>
    <message>
        <source>Change the security policy</source>
        <translation>Modifier la politique de sécurité</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Pending approvals</source>
        <translation>Validations en attente</translation>
    </message>
    <message>
        <source>&amp;Approve...</source>
        <translation>&amp;Approuver...</translation>
    </message>
    <message>
        <source>&amp;Reject...</source>
        <translation>&amp;Rejeter...</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Commentaire (facultatif) :</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>Motif du rejet ?</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Décision enregistrée</translation>
    </message>
</context>
<context>
    <name>AuditEventModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>AuditLogPresenter</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>e.g. session.</source>
        <translation>ex. session.</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Changez votre mot de passe</translation>
    </message>
    <message>
        <source>You must choose a new password before you continue.</source>
        <translation>Vous devez choisir un nouveau mot de passe avant de continuer.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>C&amp;onfirm the new password:</source>
        <translation>C&amp;onfirmer le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>C&amp;hanger</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>Enroll this workstation</source>
        <translation>Enregistrer ce poste de travail</translation>
    </message>
    <message>
        <source>This computer is not yet registered with the iWEBS server. Enter the enrollment code given by your administrator.</source>
        <translation>Cet ordinateur n&apos;est pas encore enregistré auprès du serveur iWEBS. Saisissez le code d&apos;enregistrement fourni par votre administrateur.</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur :</translation>
    </message>
    <message>
        <source>&amp;Main port:</source>
        <translation>Port &amp;principal :</translation>
    </message>
    <message>
        <source>E&amp;nrollment port:</source>
        <translation>Port d&apos;&amp;enregistrement :</translation>
    </message>
    <message>
        <source>Enrollment &amp;code:</source>
        <translation>&amp;Code d&apos;enregistrement :</translation>
    </message>
    <message>
        <source>CA &amp;certificate file:</source>
        <translation>Fichier du &amp;certificat de l&apos;AC :</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Enregistrer le poste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificats (*.crt *.pem);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>EnrollmentPresenter</name>
    <message>
        <source>Enter the server address.</source>
        <translation>Saisissez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535.</source>
        <translation>Saisissez un port entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Enter the enrollment code.</source>
        <translation>Saisissez le code d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Choose the CA certificate file.</source>
        <translation>Choisissez le fichier du certificat de l&apos;AC.</translation>
    </message>
</context>
<context>
    <name>ErrorDisplay</name>
    <message>
        <source>iWEBS</source>
        <translation>iWEBS</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Some fields are not valid.</source>
        <translation>Certains champs ne sont pas valides.</translation>
    </message>
    <message>
        <source>This item no longer exists or is out of your scope.</source>
        <translation>Cet élément n&apos;existe plus ou est hors de votre périmètre.</translation>
    </message>
    <message>
        <source>An item with this code or name already exists.</source>
        <translation>Un élément avec ce code ou ce nom existe déjà.</translation>
    </message>
    <message>
        <source>Someone else changed this item meanwhile. Reload and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément entre-temps. Actualisez et recommencez.</translation>
    </message>
    <message>
        <source>This request was already sent with different content.</source>
        <translation>Cette demande a déjà été envoyée avec un contenu différent.</translation>
    </message>
    <message>
        <source>This workstation is not enrolled. Enroll it first.</source>
        <translation>Ce poste n&apos;est pas enregistré. Enregistrez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The server does not know this workstation.</source>
        <translation>Le serveur ne connaît pas ce poste.</translation>
    </message>
    <message>
        <source>This workstation has been revoked. Ask an administrator.</source>
        <translation>Ce poste a été révoqué. Adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>The certificate of this workstation has expired. Ask an administrator for a new enrollment code.</source>
        <translation>Le certificat de ce poste a expiré. Demandez un nouveau code d&apos;enregistrement à un administrateur.</translation>
    </message>
    <message>
        <source>The enrollment code is wrong, already used or expired.</source>
        <translation>Le code d&apos;enregistrement est erroné, déjà utilisé ou expiré.</translation>
    </message>
    <message>
        <source>The certificate does not need renewal yet.</source>
        <translation>Le certificat n&apos;a pas encore besoin d&apos;être renouvelé.</translation>
    </message>
    <message>
        <source>The server refused the certificate request.</source>
        <translation>Le serveur a refusé la demande de certificat.</translation>
    </message>
    <message>
        <source>Please log in.</source>
        <translation>Veuillez vous connecter.</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your session was closed. Please log in again.</source>
        <translation>Votre session a été fermée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>This session belongs to another workstation. Please log in again.</source>
        <translation>Cette session appartient à un autre poste. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>This account is locked. Try again later or ask an administrator.</source>
        <translation>Ce compte est verrouillé. Réessayez plus tard ou adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Ce compte est désactivé.</translation>
    </message>
    <message>
        <source>You must change your password first.</source>
        <translation>Vous devez d&apos;abord changer votre mot de passe.</translation>
    </message>
    <message>
        <source>The new password does not follow the password rules.</source>
        <translation>Le nouveau mot de passe ne respecte pas les règles de mot de passe.</translation>
    </message>
    <message>
        <source>Too many attempts from this workstation. Wait and try again.</source>
        <translation>Trop de tentatives depuis ce poste. Patientez puis réessayez.</translation>
    </message>
    <message>
        <source>Your profile does not allow this action.</source>
        <translation>Votre profil ne permet pas cette action.</translation>
    </message>
    <message>
        <source>This action is not available on the server.</source>
        <translation>Cette action n&apos;est pas disponible sur le serveur.</translation>
    </message>
    <message>
        <source>This agency is outside your scope of action.</source>
        <translation>Cette agence est hors de votre périmètre d&apos;action.</translation>
    </message>
    <message>
        <source>You cannot decide on a request you made yourself.</source>
        <translation>Vous ne pouvez pas statuer sur votre propre demande.</translation>
    </message>
    <message>
        <source>This request has already been decided.</source>
        <translation>Cette demande a déjà été traitée.</translation>
    </message>
    <message>
        <source>This change needs a second administrator.</source>
        <translation>Ce changement nécessite un second administrateur.</translation>
    </message>
    <message>
        <source>The server met an unexpected error.</source>
        <translation>Le serveur a rencontré une erreur inattendue.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and try again.</source>
        <translation>Le serveur est injoignable. Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La requête est trop volumineuse.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read.</source>
        <translation>Le fichier du certificat de l&apos;AC est illisible.</translation>
    </message>
    <message>
        <source>The key of this workstation cannot be stored in the system keyring.</source>
        <translation>La clé de ce poste ne peut pas être enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The application met an unexpected error.</source>
        <translation>L&apos;application a rencontré une erreur inattendue.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>L&apos;opération a échoué.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>iWEBS - Log in</source>
        <translation>iWEBS - Connexion</translation>
    </message>
    <message>
        <source>Welcome to iWEBS</source>
        <translation>Bienvenue dans iWEBS</translation>
    </message>
    <message>
        <source>Workstation %1 - server %2</source>
        <translation>Poste %1 - serveur %2</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>LoginPresenter</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Saisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>iWEBS</source>
        <translation>iWEBS</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Change my password...</source>
        <translation>&amp;Changer mon mot de passe...</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>MainWindowPresenter</name>
    <message>
        <source>All agencies</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <source>Scope: all agencies</source>
        <translation>Périmètre : toutes les agences</translation>
    </message>
    <message>
        <source>Scope: no agency</source>
        <translation>Périmètre : aucune agence</translation>
    </message>
    <message>
        <source>Scope: this agency only</source>
        <translation>Périmètre : cette agence uniquement</translation>
    </message>
    <message>
        <source>Scope: one agency</source>
        <translation>Périmètre : une agence</translation>
    </message>
    <message>
        <source>Scope: %1 agencies</source>
        <translation>Périmètre : %1 agences</translation>
    </message>
    <message>
        <source>The agency of this workstation is outside your scope.</source>
        <translation>L&apos;agence de ce poste est hors de votre périmètre.</translation>
    </message>
</context>
<context>
    <name>ModuleCatalog</name>
    <message>
        <source>&amp;Agencies</source>
        <extracomment>Screens that exist in this client, in menu order. Modules without screens are not listed.</extracomment>
        <translation>&amp;Agences</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Profiles and rights</source>
        <translation>&amp;Profils et droits</translation>
    </message>
    <message>
        <source>&amp;Workstations</source>
        <translation>&amp;Postes de travail</translation>
    </message>
    <message>
        <source>&amp;Security policy</source>
        <translation>Politique de &amp;sécurité</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Pending approvals</source>
        <translation>&amp;Validations en attente</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>Appro&amp;vals</source>
        <translation>&amp;Validations</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientèle</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
</context>
<context>
    <name>NoModulePage</name>
    <message>
        <source>No module is available for your profile yet.</source>
        <translation>Aucun module n&apos;est encore disponible pour votre profil.</translation>
    </message>
    <message>
        <source>Your account works, but the screens of your profile come with a later version. Ask your administrator if you think this is a mistake.</source>
        <translation>Votre compte fonctionne, mais les écrans de votre profil arriveront dans une version ultérieure. Adressez-vous à votre administrateur si vous pensez qu&apos;il s&apos;agit d&apos;une erreur.</translation>
    </message>
</context>
<context>
    <name>OneTimeSecretDialog</name>
    <message>
        <source>It will not be shown again.</source>
        <translation>Il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>ProfileAdminPresenter</name>
    <message>
        <source>Enter a code.</source>
        <translation>Saisissez un code.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Profiles and rights</source>
        <translation>Profils et droits</translation>
    </message>
    <message>
        <source>&amp;New profile...</source>
        <translation>&amp;Nouveau profil...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>&amp;View...</source>
        <translation>&amp;Consulter...</translation>
    </message>
</context>
<context>
    <name>RightLabels</name>
    <message>
        <source>See agencies</source>
        <translation>Voir les agences</translation>
    </message>
    <message>
        <source>Create and edit agencies</source>
        <translation>Créer et modifier les agences</translation>
    </message>
    <message>
        <source>See users</source>
        <translation>Voir les utilisateurs</translation>
    </message>
    <message>
        <source>Manage users (creation, passwords, locking)</source>
        <translation>Gérer les utilisateurs (création, mots de passe, verrouillage)</translation>
    </message>
    <message>
        <source>See profiles and their rights</source>
        <translation>Voir les profils et leurs droits</translation>
    </message>
    <message>
        <source>Create and edit profiles</source>
        <translation>Créer et modifier les profils</translation>
    </message>
    <message>
        <source>See registered workstations</source>
        <translation>Voir les postes de travail déclarés</translation>
    </message>
    <message>
        <source>Register, enroll and revoke workstations</source>
        <translation>Déclarer, enregistrer et révoquer les postes de travail</translation>
    </message>
    <message>
        <source>See the security policy</source>
        <translation>Voir la politique de sécurité</translation>
    </message>
    <message>
        <source>Request security policy changes</source>
        <translation>Demander des modifications de la politique de sécurité</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>See approval requests</source>
        <translation>Voir les demandes de validation</translation>
    </message>
    <message>
        <source>Approve or reject the requests of others</source>
        <translation>Approuver ou rejeter les demandes des autres</translation>
    </message>
    <message>
        <source>See customers and their accounts</source>
        <translation>Voir les clients et leurs comptes</translation>
    </message>
    <message>
        <source>Create and correct customer data</source>
        <translation>Créer et corriger les données des clients</translation>
    </message>
    <message>
        <source>Open a cash session and collect payments</source>
        <translation>Ouvrir une session de caisse et encaisser les paiements</translation>
    </message>
    <message>
        <source>Supervise every till of the agencies in scope</source>
        <translation>Superviser toutes les caisses des agences du périmètre</translation>
    </message>
    <message>
        <source>See tariffs, meter readings and bills</source>
        <translation>Voir les tarifs, les relevés de compteurs et les factures</translation>
    </message>
    <message>
        <source>Run billing</source>
        <translation>Lancer la facturation</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Validations</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Clientèle</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
</context>
<context>
    <name>SecurityPolicyPage</name>
    <message>
        <source>Security policy</source>
        <translation>Politique de sécurité</translation>
    </message>
    <message>
        <source>A change takes effect once a second administrator approves it.</source>
        <translation>Un changement prend effet après l&apos;approbation d&apos;un second administrateur.</translation>
    </message>
    <message>
        <source>Read only: your profile cannot request changes.</source>
        <translation>Lecture seule : votre profil ne permet pas de demander un changement.</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Motif du changement :</translation>
    </message>
    <message>
        <source>Request the &amp;change</source>
        <translation>Demander le &amp;changement</translation>
    </message>
    <message>
        <source>Password minimum length:</source>
        <translation>Longueur minimale du mot de passe :</translation>
    </message>
    <message>
        <source>Password maximum length:</source>
        <translation>Longueur maximale du mot de passe :</translation>
    </message>
    <message>
        <source>Previous passwords refused:</source>
        <translation>Anciens mots de passe refusés :</translation>
    </message>
    <message>
        <source>Password maximum age (days, 0 = never):</source>
        <translation>Âge maximal du mot de passe (jours, 0 = jamais) :</translation>
    </message>
    <message>
        <source>Failed logins before lockout:</source>
        <translation>Échecs de connexion avant verrouillage :</translation>
    </message>
    <message>
        <source>Lockout duration (minutes):</source>
        <translation>Durée du verrouillage (minutes) :</translation>
    </message>
    <message>
        <source>Failed logins per workstation per hour:</source>
        <translation>Échecs de connexion par poste et par heure :</translation>
    </message>
    <message>
        <source>Session idle timeout (minutes):</source>
        <translation>Expiration de session par inactivité (minutes) :</translation>
    </message>
    <message>
        <source>Session maximum duration (hours):</source>
        <translation>Durée maximale d&apos;une session (heures) :</translation>
    </message>
    <message>
        <source>One-time password validity (hours):</source>
        <translation>Validité du mot de passe à usage unique (heures) :</translation>
    </message>
    <message>
        <source>Enrollment code validity (minutes):</source>
        <translation>Validité du code d&apos;enregistrement (minutes) :</translation>
    </message>
    <message>
        <source>Workstation certificate lifetime (days):</source>
        <translation>Durée de vie du certificat de poste (jours) :</translation>
    </message>
    <message>
        <source>Certificate renewal window (days):</source>
        <translation>Renouvellement du certificat avant expiration (jours) :</translation>
    </message>
    <message>
        <source>Change requested</source>
        <translation>Changement demandé</translation>
    </message>
    <message>
        <source>The change was sent for approval by a second administrator.</source>
        <translation>Le changement a été soumis à l&apos;approbation d&apos;un second administrateur.</translation>
    </message>
</context>
<context>
    <name>SecurityPolicyPresenter</name>
    <message>
        <source>Between %1 and %2.</source>
        <extracomment>(field, minimum, maximum) of every editable number, in display order</extracomment>
        <translation>Entre %1 et %2.</translation>
    </message>
    <message>
        <source>Must not be below the minimum length.</source>
        <translation>Ne doit pas être inférieure à la longueur minimale.</translation>
    </message>
    <message>
        <source>Must be shorter than the certificate lifetime.</source>
        <translation>Doit être inférieur à la durée de vie du certificat.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Explain why the policy changes.</source>
        <translation>Indiquez le motif du changement.</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>Agence : %1</translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation>Poste : %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
</context>
<context>
    <name>UserAdminPresenter</name>
    <message>
        <source>Use 2 to 64 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>Utilisez 2 à 64 minuscules, chiffres, points, tirets ou soulignés.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Choose a profile.</source>
        <translation>Choisissez un profil.</translation>
    </message>
    <message>
        <source>Choose at least one agency, or all agencies.</source>
        <translation>Choisissez au moins une agence, ou toutes les agences.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Modifier l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;All agencies</source>
        <translation>&amp;Toutes les agences</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Agencies:</source>
        <translation>Agences :</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agences</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Doit changer son mot de passe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Toutes les agences</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;New user...</source>
        <translation>&amp;Nouvel utilisateur...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Débl&amp;oquer</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password?</source>
        <translation>Donner à %1 un nouveau mot de passe à usage unique ?</translation>
    </message>
    <message>
        <source>Lock the account</source>
        <translation>Verrouiller le compte</translation>
    </message>
    <message>
        <source>Unlock the account</source>
        <translation>Déverrouiller le compte</translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Give this one-time password to %1. It must be changed at first login.</source>
        <translation>Remettez ce mot de passe à usage unique à %1. Il devra être changé à la première connexion.</translation>
    </message>
    <message>
        <source>Approval needed</source>
        <translation>Validation nécessaire</translation>
    </message>
    <message>
        <source>Unlocking %1 needs a second administrator&apos;s approval. The request was sent.</source>
        <translation>Le déverrouillage de %1 nécessite l&apos;approbation d&apos;un second administrateur. La demande a été envoyée.</translation>
    </message>
</context>
<context>
    <name>WorkstationAdminPresenter</name>
    <message>
        <source>Enter a name.</source>
        <extracomment>workstation, enrollment code, expiry text: shown once to the administrator</extracomment>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation>Choisissez une agence.</translation>
    </message>
    <message>
        <source>Choose a kind.</source>
        <translation>Choisissez un type.</translation>
    </message>
</context>
<context>
    <name>WorkstationDialog</name>
    <message>
        <source>Declare a workstation</source>
        <translation>Déclarer un poste de travail</translation>
    </message>
    <message>
        <source>May &amp;collect cash</source>
        <translation>Peut &amp;encaisser</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agence :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Declare and get a code</source>
        <translation>&amp;Déclarer et obtenir un code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>WorkstationListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Collects cash</source>
        <translation>Encaisse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Certificate expires</source>
        <translation>Expiration du certificat</translation>
    </message>
    <message>
        <source>Agency counter</source>
        <translation>Guichet d&apos;agence</translation>
    </message>
    <message>
        <source>Bank counter</source>
        <translation>Guichet bancaire</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back-office</translation>
    </message>
    <message>
        <source>Waiting for enrollment</source>
        <translation>En attente d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>WorkstationsPage</name>
    <message>
        <source>Workstations</source>
        <translation>Postes de travail</translation>
    </message>
    <message>
        <source>&amp;Declare a workstation...</source>
        <translation>&amp;Déclarer un poste...</translation>
    </message>
    <message>
        <source>New enrollment &amp;code</source>
        <translation>Nouveau &amp;code d&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>&amp;Révoquer...</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Révoquer %1</translation>
    </message>
    <message>
        <source>Reason (the workstation will be refused at once):</source>
        <translation>Motif (le poste sera refusé immédiatement) :</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Code d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Type this code on workstation %1 before %2.</source>
        <translation>Saisissez ce code sur le poste %1 avant le %2.</translation>
    </message>
</context>
</TS>
