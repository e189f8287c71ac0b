<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountBillsPage</name>
    <message>
        <source>Subscriber&apos;s bills</source>
        <translation>Factures de l&apos;abonné</translation>
    </message>
    <message>
        <source>Account number (Ctrl+F)</source>
        <translation>Numéro de compte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open an account: type its number, or press F on the customer 360 view.</source>
        <translation>Ouvrez un compte : saisissez son numéro, ou appuyez sur F dans la vue client 360°.</translation>
    </message>
    <message>
        <source>&amp;Print the bill (Ctrl+P)</source>
        <translation>&amp;Imprimer la facture (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ask for a &amp;correction...</source>
        <translation>Demander une &amp;correction...</translation>
    </message>
    <message>
        <source>&amp;Bill a subscription... (Ctrl+I)</source>
        <translation>Facturer un a&amp;bonnement... (Ctrl+I)</translation>
    </message>
    <message>
        <source>Back to the &amp;customer (Esc)</source>
        <translation>&amp;Retour au client (Échap)</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Actua&amp;liser (F5)</translation>
    </message>
    <message>
        <source>Bills and credit notes</source>
        <translation>Factures et avoirs</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Pièces non soldées</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <source>Save the bill</source>
        <translation>Enregistrer la facture</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistrée : %1</translation>
    </message>
    <message>
        <source>Correct the bill</source>
        <translation>Corriger la facture</translation>
    </message>
    <message>
        <source>Why must bill %1 be corrected? Once another user approves, a credit note cancels it and a corrected bill is issued.</source>
        <translation>Pourquoi corriger la facture %1 ? Dès qu&apos;un autre utilisateur approuve, un avoir l&apos;annule et une facture corrigée est émise.</translation>
    </message>
    <message>
        <source>Correction requested</source>
        <translation>Correction demandée</translation>
    </message>
    <message>
        <source>The correction waits for the approval of another user with the right to approve bill corrections (Approvals screen).</source>
        <translation>La correction attend l&apos;approbation d&apos;un autre utilisateur habilité à approuver les corrections de factures (écran Validations).</translation>
    </message>
    <message>
        <source>Payments and matches</source>
        <translation>Paiements et lettrages</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Grou&amp;ped account (pays for other accounts)</source>
        <translation>Compte grou&amp;pé (paie pour d&apos;autres comptes)</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gence :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Nature :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Quartier :</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>PO Bo&amp;x:</source>
        <translation>&amp;Boîte postale :</translation>
    </message>
</context>
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
    <name>AgencyPicker</name>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gence :</translation>
    </message>
</context>
<context>
    <name>ApprovalListModel</name>
    <message>
        <source>Requested</source>
        <extracomment>&quot;... (25000 XOF)&quot; at the end of a summary: the amount when the payload has none</extracomment>
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
        <source>Amount</source>
        <translation>Montant</translation>
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
        <source>Cancel a receipt</source>
        <translation>Annulation d&apos;un reçu</translation>
    </message>
    <message>
        <source>Disbursement from a till</source>
        <translation>Décaissement de caisse</translation>
    </message>
    <message>
        <source>New tariff version</source>
        <translation>Nouvelle version de tarif</translation>
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
    <message>
        <source>Correct a bill</source>
        <translation>Correction d&apos;une facture</translation>
    </message>
</context>
<context>
    <name>ApprovalPresenter</name>
    <message>
        <source>Amount: %1</source>
        <extracomment>(approval_request_id, text): a fuller detail fetched after the selection (tariff grids)</extracomment>
        <translation>Montant : %1</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>Reçu : %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie : %1</translation>
    </message>
    <message>
        <source>Beneficiary: %1</source>
        <translation>Bénéficiaire : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Requested by %1 on %2</source>
        <translation>Demandé par %1 le %2</translation>
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
    <name>BankDepositListModel</name>
    <message>
        <source>Deposit no.</source>
        <translation>N° de versement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Prepared at</source>
        <translation>Préparé le</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Bank slip</source>
        <translation>Bordereau</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Crédité</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Cash deposit</source>
        <translation>Versement d&apos;espèces</translation>
    </message>
    <message>
        <source>Cheque remittance</source>
        <translation>Remise de chèques</translation>
    </message>
    <message>
        <source>Waiting for the slip</source>
        <translation>En attente du bordereau</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
</context>
<context>
    <name>BankDepositPresenter</name>
    <message>
        <source>No cheque ticked (Space ticks the selected cheque).</source>
        <translation>Aucun chèque coché (Espace coche le chèque sélectionné).</translation>
    </message>
    <message>
        <source>%1 cheque(s) ticked: %2</source>
        <translation>%1 chèque(s) coché(s) : %2</translation>
    </message>
    <message>
        <source>Choose the bank.</source>
        <translation>Choisissez la banque.</translation>
    </message>
    <message>
        <source>Type an amount, e.g. 25 000.</source>
        <translation>Saisissez un montant, par exemple 25 000.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Au plus %1.</translation>
    </message>
    <message>
        <source>Type the amount of at least one till.</source>
        <translation>Saisissez le montant d&apos;au moins une caisse.</translation>
    </message>
    <message>
        <source>Total of the deposit: %1</source>
        <translation>Total du versement : %1</translation>
    </message>
    <message>
        <source>Tick the cheques to remit.</source>
        <translation>Cochez les chèques à remettre.</translation>
    </message>
    <message>
        <source>Type the number of the bank&apos;s slip.</source>
        <translation>Saisissez le numéro du bordereau de la banque.</translation>
    </message>
</context>
<context>
    <name>BankDepositsPage</name>
    <message>
        <source>Bank deposits</source>
        <translation>Versements en banque</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Actua&amp;liser (F5)</translation>
    </message>
    <message>
        <source>To deposit</source>
        <translation>À verser</translation>
    </message>
    <message>
        <source>Not deposited from earlier days:</source>
        <translation>Non versé des jours précédents :</translation>
    </message>
    <message>
        <source>Collected today:</source>
        <translation>Encaissé aujourd&apos;hui :</translation>
    </message>
    <message>
        <source>Total to deposit:</source>
        <translation>Total à verser :</translation>
    </message>
    <message>
        <source>Prepare a &amp;cash deposit...</source>
        <translation>Préparer un versement d&apos;&amp;espèces...</translation>
    </message>
    <message>
        <source>Prepare a c&amp;heque remittance...</source>
        <translation>Préparer une remise de c&amp;hèques...</translation>
    </message>
    <message>
        <source>Record the bank&apos;s &amp;slip...</source>
        <translation>Saisir le &amp;bordereau de la banque...</translation>
    </message>
    <message>
        <source>&amp;1 Tills with cash to deposit</source>
        <translation>&amp;1 Caisses avec espèces à verser</translation>
    </message>
    <message>
        <source>&amp;2 Cheques on hand</source>
        <translation>&amp;2 Chèques en caisse</translation>
    </message>
    <message>
        <source>&amp;3 Deposits</source>
        <translation>&amp;3 Versements</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <source>To deposit on %1</source>
        <translation>À verser au %1</translation>
    </message>
    <message>
        <source>Deposit %1 prepared: %2 to %3. Record the bank&apos;s slip when it comes back.</source>
        <translation>Versement %1 préparé : %2 pour la banque %3. Saisissez le bordereau de la banque à son retour.</translation>
    </message>
    <message>
        <source>Bank slip %1 recorded for deposit %2.</source>
        <translation>Bordereau %1 enregistré pour le versement %2.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>New billing batch</source>
        <translation>Nouveau lot de facturation</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot de facturation</translation>
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
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Periodicity:</source>
        <translation>&amp;Périodicité :</translation>
    </message>
    <message>
        <source>Tariff &amp;categories (none: any):</source>
        <translation>Catégories &amp;tarifaires (aucune : toutes) :</translation>
    </message>
    <message>
        <source>&amp;Rounds (none: any):</source>
        <translation>T&amp;ournées (aucune : toutes) :</translation>
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
    <name>BillAccountPresenter</name>
    <message>
        <source>An account number has 10 digits (the last one is its check digit).</source>
        <translation>Un numéro de compte a 10 chiffres (le dernier est la clé de contrôle).</translation>
    </message>
    <message>
        <source>Choose the subscription to bill.</source>
        <translation>Choisissez l&apos;abonnement à facturer.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Say why the bill must be corrected.</source>
        <translation>Indiquez pourquoi la facture doit être corrigée.</translation>
    </message>
</context>
<context>
    <name>BillRows</name>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>to pay</source>
        <translation>à payer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Tariff version</source>
        <translation>Version de tarif</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Matched with the advance</source>
        <translation>Lettré avec l&apos;avance</translation>
    </message>
    <message>
        <source>Matched with a credit note</source>
        <translation>Lettré avec un avoir</translation>
    </message>
    <message>
        <source>Matched with the deposit</source>
        <translation>Lettré avec le dépôt de garantie</translation>
    </message>
    <message>
        <source>Deposit released to the advance</source>
        <translation>Dépôt de garantie reversé en avance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Lettré</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>in credit</source>
        <translation>créditeur</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>soldé</translation>
    </message>
    <message>
        <source>correction awaiting approval</source>
        <translation>correction en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>échue</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimée</translation>
    </message>
    <message>
        <source>Bill carried over from the former system (no reading).</source>
        <translation>Facture reprise de l&apos;ancien système (sans relevé).</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(estimation)</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>échu %1</translation>
    </message>
    <message>
        <source>credit notes %1</source>
        <translation>avoirs %1</translation>
    </message>
    <message>
        <source>advance %1</source>
        <translation>avance %1</translation>
    </message>
    <message>
        <source>deposit held %1</source>
        <translation>dépôt de garantie %1</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>non soldée</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>Preview (nothing written): %1 for %2</source>
        <translation>Aperçu (rien n&apos;est enregistré) : %1 pour %2</translation>
    </message>
    <message>
        <source>Balance %1 (%2)</source>
        <translation>Solde %1 (%2)</translation>
    </message>
    <message>
        <source>cancelled by %1</source>
        <translation>annulée par %1</translation>
    </message>
    <message>
        <source>cancels %1</source>
        <translation>annule %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Échue</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(à partir du %1)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <translation>Paiement annulé</translation>
    </message>
    <message>
        <source>Opening balance %1 — closing balance %2</source>
        <translation>Solde d&apos;ouverture %1 — solde de clôture %2</translation>
    </message>
    <message>
        <source>Controls: %1</source>
        <translation>Contrôles : %1</translation>
    </message>
    <message>
        <source>Deposit: %1 settled the bill, %2 goes to the advance (to refund)</source>
        <translation>Dépôt de garantie : %1 a soldé la facture, %2 passe en avance (à rembourser)</translation>
    </message>
    <message>
        <source>open bills %1 (%2)</source>
        <translation>factures non soldées %1 (%2)</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Lettrage</translation>
    </message>
    <message>
        <source>Bill %1 issued: %2</source>
        <translation>Facture %1 émise : %2</translation>
    </message>
    <message>
        <source>Total %1, of which taxes %2 — %3 lines</source>
        <translation>Total %1, dont taxes %2 — %3 ligne(s)</translation>
    </message>
    <message>
        <source>%1 %2 — period %3 (%4 to %5) — %6</source>
        <translation>%1 %2 — période %3 (du %4 au %5) — %6</translation>
    </message>
    <message>
        <source>Meter %1: index %2 on %3 → %4 on %5 = %6 %7</source>
        <translation>Compteur %1 : index %2 le %3 → %4 le %5 = %6 %7</translation>
    </message>
</context>
<context>
    <name>BillRunPanel</name>
    <message>
        <source>Choose a run in the list, or create one.</source>
        <translation>Choisissez une facturation dans la liste, ou créez-en une.</translation>
    </message>
    <message>
        <source>Simulate a&amp;gain</source>
        <translation>Simuler à nouv&amp;eau</translation>
    </message>
    <message>
        <source>&amp;Finalize... (F9)</source>
        <translation>Val&amp;ider... (F9)</translation>
    </message>
    <message>
        <source>Cancel the r&amp;un...</source>
        <translation>Ann&amp;uler la facturation...</translation>
    </message>
    <message>
        <source>&amp;Print the summary (Ctrl+P)</source>
        <translation>Im&amp;primer le bordereau (Ctrl+P)</translation>
    </message>
    <message>
        <source>Not billed runs in a row</source>
        <translation>Non facturés plusieurs fois de suite</translation>
    </message>
    <message>
        <source>E&amp;xplain (Enter)</source>
        <translation>Expli&amp;quer (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Release (Ctrl+L)</source>
        <translation>Li&amp;bérer (Ctrl+L)</translation>
    </message>
    <message>
        <source>Exclu&amp;de (Ctrl+E)</source>
        <translation>E&amp;xclure (Ctrl+E)</translation>
    </message>
    <message>
        <source>Re&amp;compute (Ctrl+K)</source>
        <translation>Re&amp;calculer (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>Charger la &amp;suite</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 affiché(s) sur %2</translation>
    </message>
    <message>
        <source>%1 subscriptions</source>
        <translation>%1 abonnement(s)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Why is this bill right (note)?</source>
        <translation>Pourquoi cette facture est-elle juste (note) ?</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Why keep it out of this run?</source>
        <translation>Pourquoi l&apos;écarter de cette facturation ?</translation>
    </message>
    <message>
        <source>Simulate again</source>
        <translation>Simuler à nouveau</translation>
    </message>
    <message>
        <source>Select and simulate the whole run again? Items released or excluded by hand are computed again from the readings of today.</source>
        <translation>Sélectionner et simuler à nouveau toute la facturation ? Les abonnements libérés ou exclus à la main sont recalculés d&apos;après les relevés du jour.</translation>
    </message>
    <message>
        <source>Finalize the run</source>
        <translation>Valider la facturation</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler la facturation</translation>
    </message>
    <message>
        <source>Why cancel this run?</source>
        <translation>Pourquoi annuler cette facturation ?</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Enregistrer le bordereau</translation>
    </message>
    <message>
        <source>Summary saved: %1</source>
        <translation>Bordereau enregistré : %1</translation>
    </message>
</context>
<context>
    <name>BillRunPresenter</name>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Not updated at %1: %2</source>
        <translation>Non mis à jour à %1 : %2</translation>
    </message>
    <message>
        <source>Finalize run %1?

%2 bills will be numbered and posted for %3 (ready and released items). This cannot be undone: a bill is then corrected only by a credit note.</source>
        <translation>Valider la facturation %1 (mise en recouvrement) ?

Factures à numéroter et à comptabiliser : %2, pour %3 (abonnements prêts et libérés). C&apos;est définitif : une facture ne se corrige ensuite que par un avoir.</translation>
    </message>
    <message>
        <source>%1 items are still held by a control: they will not be billed by this run.</source>
        <translation>Abonnements encore retenus par un contrôle : %1. Ils ne seront pas facturés par cette facturation.</translation>
    </message>
</context>
<context>
    <name>BillRunRows</name>
    <message>
        <source>Simulating</source>
        <translation>Simulation en cours</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simulée</translation>
    </message>
    <message>
        <source>Finalizing</source>
        <translation>Validation en cours</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuelle</translation>
    </message>
    <message>
        <source>Final bill</source>
        <translation>Facture finale</translation>
    </message>
    <message>
        <source>Held by a control</source>
        <extracomment>the review tabs, in order: (outcomes listed, title)</extracomment>
        <translation>Retenu par un contrôle</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libéré</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Not billed</source>
        <translation>Non facturé</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Negative amount</source>
        <translation>Montant négatif</translation>
    </message>
    <message>
        <source>Zero amount</source>
        <translation>Montant nul</translation>
    </message>
    <message>
        <source>Zero consumption on an active subscription</source>
        <translation>Consommation nulle sur un abonnement actif</translation>
    </message>
    <message>
        <source>Far above the subscriber&apos;s average</source>
        <translation>Très au-dessus de la moyenne de l&apos;abonné</translation>
    </message>
    <message>
        <source>Far below the subscriber&apos;s average</source>
        <translation>Très en dessous de la moyenne de l&apos;abonné</translation>
    </message>
    <message>
        <source>Above the control ceiling</source>
        <translation>Au-dessus du plafond de contrôle</translation>
    </message>
    <message>
        <source>Estimated: no reading</source>
        <translation>Estimée : pas de relevé</translation>
    </message>
    <message>
        <source>Estimated too many times in a row</source>
        <translation>Estimée trop de fois de suite</translation>
    </message>
    <message>
        <source>No reading</source>
        <translation>Pas de relevé</translation>
    </message>
    <message>
        <source>Reading to check (reading case)</source>
        <translation>Relevé à vérifier (anomalie de relève)</translation>
    </message>
    <message>
        <source>Too many estimates in a row</source>
        <translation>Trop d&apos;estimations consécutives</translation>
    </message>
    <message>
        <source>No tariff for the period</source>
        <translation>Pas de tarif pour la période</translation>
    </message>
    <message>
        <source>No meter installed</source>
        <translation>Pas de compteur posé</translation>
    </message>
    <message>
        <source>No start index (no invoice, reading or installation index)</source>
        <translation>Pas d&apos;index de départ (ni facture, ni relevé, ni index de pose)</translation>
    </message>
    <message>
        <source>Peak / off-peak meter: no time-of-use tariff yet</source>
        <translation>Compteur heures pleines / creuses : pas encore de tarif horaire</translation>
    </message>
    <message>
        <source>Not active in the period</source>
        <translation>Abonnement non actif sur la période</translation>
    </message>
    <message>
        <source>Prepaid: not billed by reading</source>
        <translation>Prépaiement : non facturé sur relevé</translation>
    </message>
    <message>
        <source>Amount too large to be billed</source>
        <translation>Montant trop élevé pour être facturé</translation>
    </message>
    <message>
        <source>Subscription not found</source>
        <translation>Abonnement introuvable</translation>
    </message>
    <message>
        <source>Changed since the simulation: simulate again</source>
        <translation>Modifié depuis la simulation : simuler à nouveau</translation>
    </message>
    <message>
        <source>A final reading is required</source>
        <translation>Relevé de résiliation requis</translation>
    </message>
    <message>
        <source>Subscription not billable</source>
        <translation>Abonnement non facturable</translation>
    </message>
    <message>
        <source>Already billed for the period</source>
        <translation>Déjà facturé pour la période</translation>
    </message>
    <message>
        <source>Error while issuing</source>
        <translation>Erreur à l&apos;émission</translation>
    </message>
    <message>
        <source>Computation error</source>
        <translation>Erreur de calcul</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Periodicity</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>every subscription of the agency</source>
        <translation>tous les abonnements de l&apos;agence</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Finalization</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Tariff version</source>
        <translation>Version de tarif</translation>
    </message>
    <message>
        <source>Runs in a row</source>
        <translation>Facturations de suite</translation>
    </message>
    <message>
        <source>Last cause</source>
        <translation>Dernière cause</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière facturation</translation>
    </message>
    <message>
        <source>Any periodicity</source>
        <translation>Toute périodicité</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Bimestrielle</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <source>Water and electricity</source>
        <translation>Eau et électricité</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(estimation)</translation>
    </message>
    <message>
        <source>consumption %1</source>
        <translation>consommation %1</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreur(s)</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>categories %1</source>
        <translation>catégories %1</translation>
    </message>
    <message>
        <source>rounds %1</source>
        <translation>tournées %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Items held by a control wait for review</source>
        <translation>Des abonnements retenus par un contrôle attendent l&apos;examen</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 par seconde</translation>
    </message>
    <message>
        <source>same period last year</source>
        <translation>même période l&apos;an dernier</translation>
    </message>
    <message>
        <source>average per day</source>
        <translation>moyenne journalière</translation>
    </message>
    <message>
        <source>category average</source>
        <translation>moyenne de la catégorie</translation>
    </message>
    <message>
        <source>(estimated: %1)</source>
        <translation>(estimée : %1)</translation>
    </message>
    <message>
        <source>cannot be billed: %1</source>
        <translation>non facturable : %1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>chunks %1 / %2</source>
        <translation>paquets %1 / %2</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>encore %1 environ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>period %1 to %2</source>
        <translation>période du %1 au %2</translation>
    </message>
    <message>
        <source>index %1 → %2</source>
        <translation>index %1 → %2</translation>
    </message>
    <message>
        <source>%1: %2 / %3 (%4 %)</source>
        <translation>%1 : %2 / %3 (%4 %)</translation>
    </message>
    <message>
        <source>Run %1 — batch %2 — period %3 (%4 to %5)</source>
        <translation>Facturation %1 — lot %2 — période %3 (du %4 au %5)</translation>
    </message>
    <message>
        <source>%1 — bill date %2, due %3 — %4 items: %5 ready, %6 held, %7 released, %8 excluded, %9 not billed, %10 billed — amount %11</source>
        <translation>%1 — date de facture %2, échéance %3 — abonnements : %4 (prêts %5, retenus %6, libérés %7, exclus %8, non facturés %9, facturés %10) — montant %11</translation>
    </message>
    <message>
        <source>Give the batch a code.</source>
        <translation>Donnez un code au lot.</translation>
    </message>
    <message>
        <source>Give the batch a name.</source>
        <translation>Donnez un nom au lot.</translation>
    </message>
    <message>
        <source>Name the period, e.g. 2026-11.</source>
        <translation>Nommez la période, p. ex. 2026-11.</translation>
    </message>
    <message>
        <source>Give the first and last day of the period.</source>
        <translation>Indiquez le premier et le dernier jour de la période.</translation>
    </message>
    <message>
        <source>A code has at most 32 characters, without spaces.</source>
        <translation>Un code a 32 caractères au plus, sans espace.</translation>
    </message>
    <message>
        <source>A name has at most 200 characters.</source>
        <translation>Un nom a 200 caractères au plus.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>A period lasts at most one year.</source>
        <translation>Une période dure un an au plus.</translation>
    </message>
</context>
<context>
    <name>BillRunsPage</name>
    <message>
        <source>Batches and bill runs</source>
        <translation>Lots et facturations</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Actua&amp;liser (F5)</translation>
    </message>
    <message>
        <source>&amp;New batch... (Ctrl+N)</source>
        <translation>&amp;Nouveau lot... (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit... (F2)</source>
        <translation>&amp;Modifier... (F2)</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>New &amp;run... (Ctrl+R)</source>
        <translation>Nouvelle factu&amp;ration... (Ctrl+R)</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <source>Deactivate the batch</source>
        <translation>Désactiver le lot</translation>
    </message>
    <message>
        <source>Deactivate batch %1? No new run can bill it; its runs stay.</source>
        <translation>Désactiver le lot %1 ? Aucune nouvelle facturation ne pourra plus le facturer ; ses facturations sont conservées.</translation>
    </message>
    <message>
        <source>Billing batches</source>
        <translation>Lots de facturation</translation>
    </message>
    <message>
        <source>Runs of the agency</source>
        <translation>Facturations de l&apos;agence</translation>
    </message>
</context>
<context>
    <name>BillsEntry</name>
    <message>
        <source>Bills (&amp;F)</source>
        <translation>Factures (&amp;F)</translation>
    </message>
    <message>
        <source>The account&apos;s bills, balance and open items (F)</source>
        <translation>Factures, solde et pièces non soldées du compte (F)</translation>
    </message>
</context>
<context>
    <name>CashClosureListModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>First and last receipt</source>
        <translation>Premier et dernier reçu</translation>
    </message>
    <message>
        <source>Period total</source>
        <translation>Total de la période</translation>
    </message>
    <message>
        <source>Perpetual total</source>
        <translation>Grand total perpétuel</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Clôturée par</translation>
    </message>
    <message>
        <source>Totals by tender</source>
        <translation>Totaux par mode</translation>
    </message>
    <message>
        <source>Agency day</source>
        <translation>Journée d&apos;agence</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cheques</source>
        <translation>Chèques</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>Mobile money</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Virements</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
</context>
<context>
    <name>CashDepositDialog</name>
    <message>
        <source>Prepare a cash deposit</source>
        <translation>Préparer un versement d&apos;espèces</translation>
    </message>
    <message>
        <source>%1, %2 (left %3):</source>
        <translation>%1, %2 (reste %3) :</translation>
    </message>
    <message>
        <source>No closed till has cash left to deposit.</source>
        <translation>Aucune caisse clôturée n&apos;a d&apos;espèces à verser.</translation>
    </message>
</context>
<context>
    <name>CashDeskPage</name>
    <message>
        <source>Looking for your cash session...</source>
        <translation>Recherche de votre session de caisse...</translation>
    </message>
    <message>
        <source>Payment (Alt+1)</source>
        <translation>Encaissement (Alt+1)</translation>
    </message>
    <message>
        <source>Session receipts (Alt+2)</source>
        <translation>Reçus de la session (Alt+2)</translation>
    </message>
    <message>
        <source>Closing (Alt+3)</source>
        <translation>Clôture (Alt+3)</translation>
    </message>
    <message>
        <source>Transfer to head cashier... (Ctrl+Shift+T)</source>
        <translation>Versement au caissier principal... (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <source>Disbursement... (Ctrl+Shift+D)</source>
        <translation>Décaissement... (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>%1 - %2 - %3 - float %4 - %5 receipt(s)</source>
        <translation>%1 - %2 - %3 - fonds de caisse %4 - %5 reçu(s)</translation>
    </message>
    <message>
        <source>head cashier</source>
        <translation>caissier principal</translation>
    </message>
    <message>
        <source>This payment had already been recorded: here is its receipt.</source>
        <translation>Ce paiement était déjà enregistré : voici son reçu.</translation>
    </message>
    <message>
        <source>Till closed. Counted cash %1, difference %2, %3 receipt(s).</source>
        <translation>Caisse clôturée. Espèces comptées %1, écart %2, %3 reçu(s).</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Enregistrer en &amp;PDF...</translation>
    </message>
    <message>
        <source>Save the closure as PDF</source>
        <translation>Enregistrer la clôture en PDF</translation>
    </message>
    <message>
        <source>Closure saved as PDF: %1</source>
        <translation>Clôture enregistrée en PDF : %1</translation>
    </message>
</context>
<context>
    <name>CashDeskPresenter</name>
    <message>
        <source>Cancelled by %1</source>
        <translation>Annulé par %1</translation>
    </message>
    <message>
        <source>Cancellation pending approval</source>
        <translation>Annulation en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Cancels %1</source>
        <translation>Annule %1</translation>
    </message>
    <message>
        <source>Transfer of %1 to the head cashier recorded.</source>
        <extracomment>the open CashSession of this cashier at this workstation, or None the approval request id of a cancellation request a sentence saying what was recorded (a transfer, a disbursement paid or waiting) [(code, label, is a refund)] of DISBURSEMENT_TYPE</extracomment>
        <translation>Versement de %1 au caissier principal enregistré.</translation>
    </message>
    <message>
        <source>The disbursement of %1 is waiting for approval; it is paid out once approved.</source>
        <translation>Le décaissement de %1 est en attente d&apos;approbation ; il sera payé une fois approuvé.</translation>
    </message>
    <message>
        <source>Disbursement of %1 paid out (voucher %2).</source>
        <translation>Décaissement de %1 effectué (bon %2).</translation>
    </message>
</context>
<context>
    <name>CashForms</name>
    <message>
        <source>Cash</source>
        <extracomment>digits after the decimal point of a currency; the CFA francs have none payment mode kinds (PAYMENT_MODE attribute `kind`)</extracomment>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cheques</source>
        <translation>Chèques</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>Mobile money</translation>
    </message>
    <message>
        <source>Bank transfers</source>
        <translation>Virements</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Enter the amount of this tender.</source>
        <translation>Saisissez le montant de ce moyen de paiement.</translation>
    </message>
    <message>
        <source>Choose the bank.</source>
        <translation>Choisissez la banque.</translation>
    </message>
    <message>
        <source>Enter the cheque number.</source>
        <translation>Saisissez le numéro du chèque.</translation>
    </message>
    <message>
        <source>Enter the transaction reference.</source>
        <translation>Saisissez la référence de la transaction.</translation>
    </message>
    <message>
        <source>Enter who signed the cheque.</source>
        <translation>Saisissez le tireur du chèque.</translation>
    </message>
    <message>
        <source>Choose an account, or add a fee to pay without an account.</source>
        <translation>Choisissez un compte, ou ajoutez des frais pour payer sans compte.</translation>
    </message>
    <message>
        <source>Enter the payer&apos;s name.</source>
        <translation>Saisissez le nom du payeur.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Enter the fee amount.</source>
        <translation>Saisissez le montant des frais.</translation>
    </message>
    <message>
        <source>Enter the reference (quote number).</source>
        <translation>Saisissez la référence (numéro du devis).</translation>
    </message>
    <message>
        <source>Add at least one tender.</source>
        <translation>Ajoutez au moins un moyen de paiement.</translation>
    </message>
    <message>
        <source>The tenders do not cover the amount.</source>
        <translation>Les moyens de paiement ne couvrent pas le montant.</translation>
    </message>
    <message>
        <source>Change is given in cash only: the other tenders exceed the amount.</source>
        <translation>La monnaie se rend en espèces seulement : les autres moyens dépassent le montant.</translation>
    </message>
    <message>
        <source>The difference exceeds the tolerance: explain it in a comment.</source>
        <translation>L&apos;écart dépasse la tolérance : expliquez-le dans un commentaire.</translation>
    </message>
</context>
<context>
    <name>CashSupervision</name>
    <message>
        <source>%1 (cash %2, cheques %3)</source>
        <translation>%1 (espèces %2, chèques %3)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cheques</source>
        <translation>Chèques</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>Mobile money</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Virements</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>(head cashier)</source>
        <translation>(caissier principal)</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Dernier paiement</translation>
    </message>
    <message>
        <source>Total: %1 till(s), %2 open, %3 receipt(s)</source>
        <translation>Total : %1 caisse(s) dont %2 ouverte(s), %3 reçu(s)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Customer / payer</source>
        <translation>Client / payeur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Règlements</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>Décaissement</translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation>Annulé par %1</translation>
    </message>
    <message>
        <source>Cancels %1</source>
        <translation>Annule %1</translation>
    </message>
    <message>
        <source>Cancellation pending</source>
        <translation>Annulation en attente</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fonds de caisse initial</translation>
    </message>
    <message>
        <source>Transfer to head cashier</source>
        <translation>Transfert au caissier principal</translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation>Transfert reçu</translation>
    </message>
    <message>
        <source>Closing difference</source>
        <translation>Écart de clôture</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Denomination</source>
        <translation>Coupure</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>Not closed yet.</source>
        <translation>Pas encore clôturée.</translation>
    </message>
    <message>
        <source>Closed at %1 by %2</source>
        <translation>Clôturée le %1 par %2</translation>
    </message>
    <message>
        <source>Expected cash %1, counted %2, difference %3</source>
        <translation>Espèces attendues %1, comptées %2, écart %3</translation>
    </message>
    <message>
        <source>Receipts %1 (%2 to %3)</source>
        <translation>Reçus %1 (du %2 au %3)</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire : %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>Depositable</source>
        <translation>À verser</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Remit</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Cheque no.</source>
        <translation>N° de chèque</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>Tireur</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Premise</source>
        <translation>Branchement</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>Creation</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Changement d&apos;état</translation>
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
    <name>ChequeRemittanceDialog</name>
    <message>
        <source>Prepare a cheque remittance</source>
        <translation>Préparer une remise de chèques</translation>
    </message>
    <message>
        <source>Cheques:</source>
        <translation>Chèques :</translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <source>Note / coin</source>
        <extracomment>the cashier asked to close (the page confirms, then calls presenter.close)</extracomment>
        <translation>Billet / pièce</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Required when a difference exceeds the tolerance</source>
        <translation>Obligatoire si un écart dépasse la tolérance</translation>
    </message>
    <message>
        <source>&amp;Recount from the server (F5)</source>
        <translation>&amp;Recharger depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>Close the till... (F12)</source>
        <translation>Clôturer la caisse... (F12)</translation>
    </message>
    <message>
        <source>Billetage: count the cash note by note</source>
        <translation>Billetage : comptez les espèces billet par billet</translation>
    </message>
    <message>
        <source>Per tender kind</source>
        <translation>Par moyen de paiement</translation>
    </message>
    <message>
        <source>Expected cash:</source>
        <translation>Espèces attendues :</translation>
    </message>
    <message>
        <source>Counted cash:</source>
        <translation>Espèces comptées :</translation>
    </message>
    <message>
        <source>Difference (over + / short -):</source>
        <translation>Écart (excédent + / manquant -) :</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmentaire :</translation>
    </message>
    <message>
        <source>Close the till</source>
        <translation>Clôturer la caisse</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>comme attendu</translation>
    </message>
    <message>
        <source>Tolerance: %1</source>
        <translation>Tolérance : %1</translation>
    </message>
    <message>
        <source>Close the till with %1 counted in cash (difference %2)? This cannot be undone.</source>
        <translation>Clôturer la caisse avec %1 comptés en espèces (écart %2) ? Cette opération est définitive.</translation>
    </message>
</context>
<context>
    <name>Customer360Page</name>
    <message>
        <source>No customer open</source>
        <translation>Aucun client ouvert</translation>
    </message>
    <message>
        <source>Find a customer with the search (Ctrl+F).</source>
        <translation>Trouvez un client avec la recherche (Ctrl+F).</translation>
    </message>
    <message>
        <source>&amp;Back to search (Esc)</source>
        <translation>&amp;Retour à la recherche (Échap)</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Actua&amp;liser (F5)</translation>
    </message>
    <message>
        <source>&amp;Edit customer...</source>
        <translation>&amp;Modifier le client...</translation>
    </message>
    <message>
        <source>&amp;New customer...</source>
        <translation>&amp;Nouveau client...</translation>
    </message>
    <message>
        <source>Grouped accounts and their members</source>
        <translation>Comptes groupés et leurs membres</translation>
    </message>
    <message>
        <source>New &amp;account...</source>
        <translation>Nouveau &amp;compte...</translation>
    </message>
    <message>
        <source>Billing add&amp;ress...</source>
        <translation>Adresse de &amp;facturation...</translation>
    </message>
    <message>
        <source>&amp;Join a grouped account...</source>
        <translation>Rattac&amp;her à un compte groupé...</translation>
    </message>
    <message>
        <source>&amp;Leave the grouped account...</source>
        <translation>Dé&amp;tacher du compte groupé...</translation>
    </message>
    <message>
        <source>Fit a &amp;seal...</source>
        <translation>Poser un &amp;scellé...</translation>
    </message>
    <message>
        <source>New &amp;subscription...</source>
        <translation>Nouvel &amp;abonnement...</translation>
    </message>
    <message>
        <source>&amp;Change (tariff, power)...</source>
        <translation>Changer (tarif, &amp;puissance)...</translation>
    </message>
    <message>
        <source>New &amp;premise...</source>
        <translation>Nouveau &amp;branchement...</translation>
    </message>
    <message>
        <source>Edit premise (address, &amp;GPS)...</source>
        <translation>Modifier le branchement (adresse, &amp;GPS)...</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>Scellés</translation>
    </message>
    <message>
        <source>&amp;Register a meter...</source>
        <translation>&amp;Enregistrer un compteur...</translation>
    </message>
    <message>
        <source>&amp;Install a meter...</source>
        <translation>&amp;Poser un compteur...</translation>
    </message>
    <message>
        <source>Re&amp;move the meter...</source>
        <translation>&amp;Déposer le compteur...</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Branchements</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <source>Unpaid bills</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>+221 77 123 45 67, 33 821 00 00</source>
        <translation>+221 77 123 45 67, 33 821 00 00</translation>
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
        <source>E-&amp;bills by e-mail</source>
        <translation>Factures par &amp;e-mail</translation>
    </message>
    <message>
        <source>S&amp;MS notices</source>
        <translation>Avis par &amp;SMS</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type de client :</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gence :</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Gi&amp;ven names:</source>
        <translation>&amp;Prénoms :</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Raison sociale :</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>C&amp;atégorie :</translation>
    </message>
    <message>
        <source>ID &amp;document type:</source>
        <translation>Type de pièce d&apos;&amp;identité :</translation>
    </message>
    <message>
        <source>ID document n&amp;umber:</source>
        <translation>N&amp;uméro de la pièce :</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>Téléph&amp;ones :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Opt-ins:</source>
        <translation>Consentements :</translation>
    </message>
</context>
<context>
    <name>CustomerForms</name>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Une correction doit être motivée.</translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation>500 caractères au plus.</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Saisissez le nom de famille.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Saisissez la raison sociale.</translation>
    </message>
    <message>
        <source>Choose a person or an organisation.</source>
        <translation>Choisissez particulier ou organisation.</translation>
    </message>
    <message>
        <source>Choose the agency.</source>
        <translation>Choisissez l&apos;agence.</translation>
    </message>
    <message>
        <source>Not a phone number: %1</source>
        <translation>Numéro de téléphone invalide : %1</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Adresse e-mail invalide.</translation>
    </message>
    <message>
        <source>E-bills need an e-mail address.</source>
        <translation>La facture électronique demande une adresse e-mail.</translation>
    </message>
    <message>
        <source>SMS need a phone number.</source>
        <translation>Les SMS demandent un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Give the type of the document.</source>
        <translation>Indiquez le type de la pièce.</translation>
    </message>
    <message>
        <source>Enter an address or a postal box.</source>
        <translation>Saisissez une adresse ou une boîte postale.</translation>
    </message>
    <message>
        <source>Enter the town.</source>
        <translation>Saisissez la commune.</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>Saisissez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Donnez la latitude et la longitude, ou aucune des deux.</translation>
    </message>
    <message>
        <source>Latitude in decimal degrees, -90 to 90, at most 6 decimals.</source>
        <translation>Latitude en degrés décimaux, de -90 à 90, 6 décimales au plus.</translation>
    </message>
    <message>
        <source>Longitude in decimal degrees, -180 to 180, at most 6 decimals.</source>
        <translation>Longitude en degrés décimaux, de -180 à 180, 6 décimales au plus.</translation>
    </message>
    <message>
        <source>Must be zero or more.</source>
        <translation>Doit être positif ou nul.</translation>
    </message>
    <message>
        <source>Choose the paying account.</source>
        <translation>Choisissez le compte payeur.</translation>
    </message>
    <message>
        <source>Choose the premise.</source>
        <translation>Choisissez le branchement.</translation>
    </message>
    <message>
        <source>Subscribed power in kVA, more than zero.</source>
        <translation>Puissance souscrite en kVA, supérieure à zéro.</translation>
    </message>
    <message>
        <source>Enter the calibre.</source>
        <translation>Saisissez le calibre.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Saisissez la date.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>Indiquez le motif.</translation>
    </message>
    <message>
        <source>Enter the serial number.</source>
        <translation>Saisissez le numéro de série.</translation>
    </message>
    <message>
        <source>Between 3 and 12 digits.</source>
        <translation>Entre 3 et 12 chiffres.</translation>
    </message>
    <message>
        <source>A number more than zero.</source>
        <translation>Un nombre supérieur à zéro.</translation>
    </message>
    <message>
        <source>At least one register.</source>
        <translation>Au moins un cadran.</translation>
    </message>
    <message>
        <source>Enter the serial number of a meter in stock.</source>
        <translation>Saisissez le numéro de série d&apos;un compteur en stock.</translation>
    </message>
    <message>
        <source>An index is a number of zero or more.</source>
        <translation>Un index est un nombre positif ou nul.</translation>
    </message>
    <message>
        <source>Not an active code of this list.</source>
        <translation>Code inconnu ou désactivé dans cette liste.</translation>
    </message>
    <message>
        <source>Not a phone number (8 to 15 digits).</source>
        <translation>Numéro de téléphone invalide (8 à 15 chiffres).</translation>
    </message>
    <message>
        <source>Between -90 and 90 degrees.</source>
        <translation>Entre -90 et 90 degrés.</translation>
    </message>
    <message>
        <source>Between -180 and 180 degrees.</source>
        <translation>Entre -180 et 180 degrés.</translation>
    </message>
    <message>
        <source>Not a valid choice.</source>
        <translation>Choix invalide.</translation>
    </message>
    <message>
        <source>Not one of the allowed values.</source>
        <translation>Valeur non autorisée.</translation>
    </message>
    <message>
        <source>Someone changed this record while you were editing it. Close this window, refresh (F5) and enter your change again.</source>
        <translation>Quelqu&apos;un a modifié cette fiche pendant votre saisie. Fermez cette fenêtre, actualisez (F5) et refaites votre modification.</translation>
    </message>
</context>
<context>
    <name>CustomerOverview</name>
    <message>
        <source>Person</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Bimestrielle</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended (cut)</source>
        <translation>Suspendu (coupé)</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Posé</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Déposé</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>Réformé</translation>
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
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Mettre en service</translation>
    </message>
    <message>
        <source>Suspend (cut)</source>
        <translation>Suspendre (couper)</translation>
    </message>
    <message>
        <source>Resume (reconnect)</source>
        <translation>Rétablir (remettre)</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Résilier</translation>
    </message>
    <message>
        <source>e-bill</source>
        <translation>facture électronique</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>N° client</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Opt-ins</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>N° compte</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Échu</translation>
    </message>
    <message>
        <source>Open bills</source>
        <translation>Factures impayées</translation>
    </message>
    <message>
        <source>PO Box %1</source>
        <translation>BP %1</translation>
    </message>
    <message>
        <source>Grouped account (pays for its members)</source>
        <translation>Compte groupé (paie pour ses membres)</translation>
    </message>
    <message>
        <source>Member of %1</source>
        <translation>Membre de %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Grouped account</source>
        <translation>Compte groupé</translation>
    </message>
    <message>
        <source>Member account</source>
        <translation>Compte membre</translation>
    </message>
    <message>
        <source>Member&apos;s billing address</source>
        <translation>Adresse de facturation du membre</translation>
    </message>
    <message>
        <source>Subscription no.</source>
        <translation>N° abonnement</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Tariff category</source>
        <translation>Catégorie tarifaire</translation>
    </message>
    <message>
        <source>Power / calibre</source>
        <translation>Puissance / calibre</translation>
    </message>
    <message>
        <source>Periodicity</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Mis en service</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu le</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Premise</source>
        <translation>Branchement</translation>
    </message>
    <message>
        <source>Premise no.</source>
        <translation>N° branchement</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Round / order</source>
        <translation>Tournée / ordre</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Adresse réseau</translation>
    </message>
    <message>
        <source>Substation</source>
        <translation>Poste source</translation>
    </message>
    <message>
        <source>Feeder</source>
        <translation>Départ HTA</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>Poste HTA/BT</translation>
    </message>
    <message>
        <source>Water sector</source>
        <translation>Secteur eau</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>Make / type</source>
        <translation>Marque / type</translation>
    </message>
    <message>
        <source>Calibre</source>
        <translation>Calibre</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Coefficient</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Cadrans</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>Scellés</translation>
    </message>
    <message>
        <source>Seal no.</source>
        <translation>N° scellé</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>Posé le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Bill no.</source>
        <translation>N° facture</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (échue)</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Solde %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>échu %1</translation>
    </message>
    <message>
        <source>Enter the number of the grouped account.</source>
        <translation>Saisissez le numéro du compte groupé.</translation>
    </message>
    <message>
        <source>An account cannot be a member of itself.</source>
        <translation>Un compte ne peut pas être membre de lui-même.</translation>
    </message>
    <message>
        <source>No meter with this serial.</source>
        <translation>Aucun compteur avec ce numéro.</translation>
    </message>
    <message>
        <source>Several meters that can be fitted have this serial (makes %1): none was fitted.</source>
        <translation>Plusieurs compteurs posables portent ce numéro (marques %1) : aucun n&apos;a été posé.</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>Indiquez le motif.</translation>
    </message>
    <message>
        <source>Enter the seal number.</source>
        <translation>Saisissez le numéro du scellé.</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Meter serial</source>
        <translation>N° de compteur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Customer no.</source>
        <translation>N° client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Premise address</source>
        <translation>Adresse du branchement</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPage</name>
    <message>
        <source>Customer search</source>
        <translation>Recherche client</translation>
    </message>
    <message>
        <source>Account no., name, phone, meter serial or address, then Enter</source>
        <translation>N° de compte, nom, téléphone, compteur ou adresse, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Chercher par :</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Rec&amp;herche :</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search a&amp;gain</source>
        <translation>Re&amp;lancer la recherche</translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translation>&amp;Ouvrir (Entrée)</translation>
    </message>
    <message>
        <source>&amp;New customer...</source>
        <translation>&amp;Nouveau client...</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Recherche en cours...</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>Aucun client trouvé.</translation>
    </message>
    <message>
        <source>%1 result(s)</source>
        <translation>%1 résultat(s)</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPresenter</name>
    <message>
        <source>Type at least 2 characters.</source>
        <translation>Saisissez au moins 2 caractères.</translation>
    </message>
    <message>
        <source>Type at most 100 characters.</source>
        <translation>Saisissez 100 caractères au plus.</translation>
    </message>
</context>
<context>
    <name>DayClosurePresenter</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Close the business day %1 of agency %2?

Every till of that day must be closed. The closure is final: no receipt can be added to that day.</source>
        <translation>Clôturer la journée %1 de l&apos;agence %2 ?

Toutes les caisses de cette journée doivent être clôturées. La clôture est définitive : aucun reçu ne pourra plus être ajouté à cette journée.</translation>
    </message>
</context>
<context>
    <name>DayClosuresPage</name>
    <message>
        <source>Cash closures</source>
        <translation>Clôtures de caisse</translation>
    </message>
    <message>
        <source>&amp;Close the day...</source>
        <translation>&amp;Clôturer la journée...</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Clôturer la journée</translation>
    </message>
    <message>
        <source>Day closed (closure no. %1): %2 receipt(s), total %3, perpetual total %4.</source>
        <translation>Journée clôturée (clôture n° %1) : %2 reçu(s), total %3, grand total perpétuel %4.</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Replace the reading</source>
        <translation>Remplacer le relevé</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Confirmer le relevé</translation>
    </message>
    <message>
        <source>New &amp;index:</source>
        <translation>Nouvel &amp;index :</translation>
    </message>
    <message>
        <source>What the field check &amp;found:</source>
        <translation>Constat du contrôle sur &amp;place :</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>R&amp;elease</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>- choose the bank -</source>
        <translation>- choisissez la banque -</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>&amp;Banque :</translation>
    </message>
    <message>
        <source>&amp;Prepare the deposit</source>
        <translation>&amp;Préparer le versement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmentaire :</translation>
    </message>
</context>
<context>
    <name>DisbursementDialog</name>
    <message>
        <source>Disbursement from the till</source>
        <translation>Décaissement de la caisse</translation>
    </message>
    <message>
        <source>A refund needs an account: choose it first.</source>
        <translation>Un remboursement porte sur un compte : choisissez-le d&apos;abord sur l&apos;écran d&apos;encaissement.</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>&amp;Bénéficiaire :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
    <message>
        <source>Refunded account:</source>
        <translation>Compte remboursé :</translation>
    </message>
    <message>
        <source>&amp;Pay out</source>
        <translation>&amp;Décaisser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Saisissez le montant.</translation>
    </message>
    <message>
        <source>Enter the beneficiary.</source>
        <translation>Saisissez le bénéficiaire.</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>Saisissez le motif.</translation>
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
    <name>EntryDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>#</source>
        <extracomment>widths that leave the result column in view on a 1366-pixel screen</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compt.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>New index</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Field code</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
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
        <source>This is not possible in the record&apos;s present state (for example, the meter must be removed before the subscription ends).</source>
        <translation>Impossible dans l&apos;état actuel de la fiche (par exemple, le compteur doit être déposé avant la résiliation de l&apos;abonnement).</translation>
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
        <source>This workstation is not allowed to collect cash.</source>
        <translation>Ce poste n&apos;est pas autorisé à encaisser.</translation>
    </message>
    <message>
        <source>A cash session is already open for you today or on this till.</source>
        <translation>Une session de caisse est déjà ouverte pour vous aujourd&apos;hui ou sur ce poste.</translation>
    </message>
    <message>
        <source>No cash session of yours is open on this workstation.</source>
        <translation>Aucune session de caisse à votre nom n&apos;est ouverte sur ce poste.</translation>
    </message>
    <message>
        <source>This amount cannot be accepted (partial payment, minimum or overpayment rules).</source>
        <translation>Ce montant ne peut pas être accepté (règles de paiement partiel, de minimum ou de trop-perçu).</translation>
    </message>
    <message>
        <source>The tenders do not cover the amount (change is given in cash only).</source>
        <translation>Les moyens de paiement ne couvrent pas le montant (la monnaie se rend en espèces seulement).</translation>
    </message>
    <message>
        <source>This receipt is already cancelled or its cancellation is pending.</source>
        <translation>Ce reçu est déjà annulé ou son annulation est en attente.</translation>
    </message>
    <message>
        <source>The difference exceeds the tolerance: a comment is required.</source>
        <translation>L&apos;écart dépasse la tolérance : un commentaire est obligatoire.</translation>
    </message>
    <message>
        <source>Some cash sessions of this day are still open.</source>
        <translation>Des sessions de caisse de cette journée sont encore ouvertes.</translation>
    </message>
    <message>
        <source>This business day is already closed.</source>
        <translation>Cette journée est déjà clôturée.</translation>
    </message>
    <message>
        <source>The deposit exceeds what is available to deposit.</source>
        <translation>Le versement dépasse le montant disponible à verser.</translation>
    </message>
    <message>
        <source>The tariff grid is not valid: see the marked cell.</source>
        <translation>La grille tarifaire n&apos;est pas valide : voyez la cellule signalée.</translation>
    </message>
    <message>
        <source>No approved tariff version covers this period.</source>
        <translation>Aucune version de tarif approuvée ne couvre cette période.</translation>
    </message>
    <message>
        <source>This reading is dated before the last one of the meter: enter readings in order.</source>
        <translation>Ce relevé est antérieur au dernier relevé du compteur : saisissez les relevés dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>This reading was already released or replaced. Refresh the list.</source>
        <translation>Ce relevé a déjà été confirmé ou remplacé. Actualisez la liste.</translation>
    </message>
    <message>
        <source>The run is not in a state that allows this. Refresh (F5).</source>
        <translation>L&apos;état de la facturation ne le permet pas. Actualisez (F5).</translation>
    </message>
    <message>
        <source>The run&apos;s chunks are being processed: wait for the end of the phase.</source>
        <translation>La facturation est en cours de traitement : attendez la fin de la phase.</translation>
    </message>
    <message>
        <source>This bill is already cancelled by a credit note.</source>
        <translation>Cette facture est déjà annulée par un avoir.</translation>
    </message>
    <message>
        <source>This subscription cannot be billed for this period.</source>
        <translation>Cet abonnement ne peut pas être facturé pour cette période.</translation>
    </message>
    <message>
        <source>The billing period is not valid (order of the days, length).</source>
        <translation>La période de facturation n&apos;est pas valide (ordre des dates, durée).</translation>
    </message>
    <message>
        <source>Nothing to bill: no subscription of the batch for this period.</source>
        <translation>Rien à facturer : aucun abonnement du lot pour cette période.</translation>
    </message>
    <message>
        <source>The receipt was recorded but the printer failed. Check it and print again.</source>
        <translation>Le reçu est enregistré mais l&apos;imprimante a échoué. Vérifiez-la et imprimez à nouveau.</translation>
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
    <name>FeeSection</name>
    <message>
        <source>Miscellaneous fees / quote</source>
        <extracomment>(fee code, amount, reference)</extracomment>
        <translation>Frais divers / devis</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>Numéro du devis</translation>
    </message>
    <message>
        <source>Add &amp;fee</source>
        <translation>Ajouter les &amp;frais</translation>
    </message>
    <message>
        <source>Remove fee</source>
        <translation>Retirer les frais</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Choose a fee.</source>
        <translation>Choisissez des frais.</translation>
    </message>
    <message>
        <source>Enter the fee amount.</source>
        <translation>Saisissez le montant des frais.</translation>
    </message>
    <message>
        <source>Enter the reference (quote number).</source>
        <translation>Saisissez la référence (numéro du devis).</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Leave the grouped account %1</source>
        <translation>Détacher du compte groupé %1</translation>
    </message>
    <message>
        <source>Join a grouped account</source>
        <translation>Rattacher à un compte groupé</translation>
    </message>
    <message>
        <source>&amp;Grouped account no.:</source>
        <translation>N° du compte &amp;groupé :</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>IndividualBillDialog</name>
    <message>
        <source>Bill a subscription</source>
        <translation>Facturer un abonnement</translation>
    </message>
    <message>
        <source>F&amp;inal bill (terminated subscription)</source>
        <translation>Facture &amp;finale (abonnement résilié)</translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation>&amp;Abonnement :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>Au (&amp;inclus) :</translation>
    </message>
    <message>
        <source>&amp;Preview (Enter)</source>
        <translation>A&amp;perçu (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Issue the bill (Ctrl+Enter)</source>
        <translation>É&amp;mettre la facture (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>InstallMeterDialog</name>
    <message>
        <source>Install a meter</source>
        <translation>Poser un compteur</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>one per line: register=index, e.g. single=0</source>
        <translation>un par ligne : cadran=index, p. ex. single=0</translation>
    </message>
    <message>
        <source>Meter &amp;serial:</source>
        <translation>N° de &amp;série du compteur :</translation>
    </message>
    <message>
        <source>&amp;Premise:</source>
        <translation>&amp;Branchement :</translation>
    </message>
    <message>
        <source>Su&amp;bscription:</source>
        <translation>&amp;Abonnement :</translation>
    </message>
    <message>
        <source>&amp;Installed on:</source>
        <translation>&amp;Posé le :</translation>
    </message>
    <message>
        <source>In&amp;dexes:</source>
        <translation>In&amp;dex :</translation>
    </message>
</context>
<context>
    <name>ItemExplanationDialog</name>
    <message>
        <source>Bill explained</source>
        <translation>Facture expliquée</translation>
    </message>
    <message>
        <source>&amp;Release (bill it)</source>
        <translation>&amp;Libérer (la facturer)</translation>
    </message>
    <message>
        <source>E&amp;xclude from this run</source>
        <translation>E&amp;xclure de cette facturation</translation>
    </message>
    <message>
        <source>Re&amp;compute</source>
        <translation>Re&amp;calculer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
</context>
<context>
    <name>LegacyImport</name>
    <message>
        <source>Customers</source>
        <extracomment>the table shows at most this many problems; the report file of the CLI has them all</extracomment>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Customer accounts</source>
        <translation>Comptes clients</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Branchements (points de livraison)</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Meters, registers and seals</source>
        <translation>Compteurs, cadrans et scellés</translation>
    </message>
    <message>
        <source>Open bills (opening balances)</source>
        <translation>Factures impayées (soldes d&apos;ouverture)</translation>
    </message>
    <message>
        <source>Sending the file…</source>
        <translation>Envoi du fichier…</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>En attente du serveur…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Contrôle de chaque ligne…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Imported: %1 row(s).</source>
        <translation>Importé : %1 ligne(s).</translation>
    </message>
    <message>
        <source>Valid: %1 row(s), nothing written (dry run).</source>
        <translation>Valide : %1 ligne(s), rien n&apos;a été écrit (essai).</translation>
    </message>
    <message>
        <source>Rejected, nothing written: %1 row(s) with problems.</source>
        <translation>Rejeté, rien n&apos;a été écrit : %1 ligne(s) en erreur.</translation>
    </message>
    <message>
        <source>Failed, nothing written: %1</source>
        <translation>Échec, rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <source>Already imported: this file was imported before, nothing written.</source>
        <translation>Déjà importé : ce fichier a déjà été importé, rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Missing value</source>
        <translation>Valeur manquante</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Format invalide</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Trop long</translation>
    </message>
    <message>
        <source>Out of range</source>
        <translation>Hors limites</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Code inconnu</translation>
    </message>
    <message>
        <source>Unknown reference</source>
        <translation>Référence inconnue</translation>
    </message>
    <message>
        <source>Duplicate in the file</source>
        <translation>En double dans le fichier</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation>Incohérent</translation>
    </message>
    <message>
        <source>Missing column</source>
        <translation>Colonne manquante</translation>
    </message>
    <message>
        <source>Unknown column</source>
        <translation>Colonne inconnue</translation>
    </message>
    <message>
        <source>Not UTF-8</source>
        <translation>Pas en UTF-8</translation>
    </message>
</context>
<context>
    <name>LegacyImportPage</name>
    <message>
        <source>Legacy import</source>
        <translation>Reprise de l&apos;ancien système</translation>
    </message>
    <message>
        <source>Import a CSV file of the former system (format: docs/legacy-import.md). Import the kinds in the order of the list. A file with one bad row is rejected whole and nothing is written; the same file twice is imported once.</source>
        <translation>Importer un fichier CSV de l&apos;ancien système (format : docs/legacy-import.md). Importer les types dans l&apos;ordre de la liste. Un fichier avec une seule ligne en erreur est rejeté en entier et rien n&apos;est écrit ; le même fichier n&apos;est importé qu&apos;une fois.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Path of the CSV file, then Enter</source>
        <translation>Chemin du fichier CSV, puis Entrée</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Fic&amp;hier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Dry run (check only, write nothing)</source>
        <translation>&amp;Essai (contrôler seulement, ne rien écrire)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Choose a legacy CSV file</source>
        <translation>Choisir un fichier CSV de l&apos;ancien système</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the report</source>
        <translation>
            <numerusform>%n problème dans le rapport</numerusform>
            <numerusform>%n problèmes dans le rapport</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (first %n shown)</source>
        <translation>
            <numerusform> (le premier affiché)</numerusform>
            <numerusform> (les %n premiers affichés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegacyImportPresenter</name>
    <message>
        <source>Choose a file.</source>
        <extracomment>the job as last seen (an ImportJob; status &quot;uploading&quot; while the file is sent) (rejections so far, total problems in the report) the job reached a final status bytes sent, file size (emitted from the worker; Qt queues it to the GUI thread)</extracomment>
        <translation>Choisissez un fichier.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
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
    <name>MeterDialog</name>
    <message>
        <source>Register a meter</source>
        <translation>Enregistrer un compteur</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>single, or peak, offpeak</source>
        <translation>single, ou peak, offpeak</translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation>N° de &amp;série :</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gence :</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>&amp;Marque :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Calibre:</source>
        <translation>&amp;Calibre :</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>C&amp;hiffres :</translation>
    </message>
    <message>
        <source>M&amp;ultiplier:</source>
        <translation>C&amp;oefficient :</translation>
    </message>
    <message>
        <source>&amp;Year made:</source>
        <translation>&amp;Année de fabrication :</translation>
    </message>
    <message>
        <source>&amp;Registers:</source>
        <translation>Ca&amp;drans :</translation>
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
        <source>Pa&amp;rameters</source>
        <translation>Pa&amp;ramètres</translation>
    </message>
    <message>
        <source>Reference &amp;data</source>
        <translation>&amp;Données de référence</translation>
    </message>
    <message>
        <source>&amp;Pending approvals</source>
        <translation>&amp;Validations en attente</translation>
    </message>
    <message>
        <source>Customer &amp;search</source>
        <translation>&amp;Recherche client</translation>
    </message>
    <message>
        <source>Customer &amp;360° view</source>
        <translation>Vue client &amp;360°</translation>
    </message>
    <message>
        <source>&amp;Legacy import</source>
        <translation>&amp;Reprise de l&apos;ancien système</translation>
    </message>
    <message>
        <source>Cas&amp;h desk</source>
        <translation>&amp;Caisse</translation>
    </message>
    <message>
        <source>Li&amp;ve tills</source>
        <translation>Caisses en &amp;direct</translation>
    </message>
    <message>
        <source>Cash c&amp;losures</source>
        <translation>C&amp;lôtures de caisse</translation>
    </message>
    <message>
        <source>&amp;Bank deposits</source>
        <translation>&amp;Versements en banque</translation>
    </message>
    <message>
        <source>Batches and bill &amp;runs</source>
        <translation>&amp;Lots et facturations</translation>
    </message>
    <message>
        <source>Subscriber&apos;s &amp;bills</source>
        <translation>&amp;Factures de l&apos;abonné</translation>
    </message>
    <message>
        <source>&amp;Tariffs</source>
        <translation>&amp;Tarifs</translation>
    </message>
    <message>
        <source>Meter &amp;readings</source>
        <translation>&amp;Relevés d&apos;index</translation>
    </message>
    <message>
        <source>Reading &amp;cases to check</source>
        <translation>&amp;Anomalies de relève à vérifier</translation>
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
        <source>&amp;Customers</source>
        <translation>&amp;Clientèle</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Cash &amp;supervision</source>
        <translation>&amp;Supervision de caisse</translation>
    </message>
</context>
<context>
    <name>NetworkNodeDialog</name>
    <message>
        <source>New network node</source>
        <translation>Nouveau nœud du réseau</translation>
    </message>
    <message>
        <source>Edit node</source>
        <translation>Modifier le nœud</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctif</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
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
        <source>&amp;Hangs on:</source>
        <translation>&amp;Rattaché à :</translation>
    </message>
    <message>
        <source>(none: a root)</source>
        <translation>(aucun : racine)</translation>
    </message>
</context>
<context>
    <name>NewRunDialog</name>
    <message>
        <source>New bill run</source>
        <translation>Nouvelle facturation</translation>
    </message>
    <message>
        <source>Bill &amp;date today</source>
        <translation>Date de facture : &amp;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Lot :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>Au (&amp;inclus) :</translation>
    </message>
    <message>
        <source>&amp;Bill date:</source>
        <translation>Date de &amp;facture :</translation>
    </message>
    <message>
        <source>The run is first a simulation: nothing is numbered or posted until you finalize it after the review.</source>
        <translation>La facturation est d&apos;abord une simulation : rien n&apos;est numéroté ni comptabilisé avant que vous la validiez, après contrôle.</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simuler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
    <name>OpenSessionForm</name>
    <message>
        <source>The agency&apos;s usual float</source>
        <translation>Le fonds de caisse habituel de l&apos;agence</translation>
    </message>
    <message>
        <source>Leave empty to take the agency&apos;s parameter cash.opening_float.</source>
        <translation>Laissez vide pour prendre le paramètre cash.opening_float de l&apos;agence.</translation>
    </message>
    <message>
        <source>&amp;Head cashier&apos;s till (receives the transfers)</source>
        <translation>Caisse du caissier &amp;principal (reçoit les versements)</translation>
    </message>
    <message>
        <source>&amp;Open the till (Enter)</source>
        <translation>&amp;Ouvrir la caisse (Entrée)</translation>
    </message>
    <message>
        <source>Opening &amp;float:</source>
        <translation>&amp;Fonds de caisse :</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>Ouverture de la caisse</translation>
    </message>
    <message>
        <source>No cash session of yours is open on this workstation. Count the float you received, then open the till.</source>
        <translation>Aucune session de caisse à votre nom n&apos;est ouverte sur ce poste. Comptez le fonds de caisse reçu, puis ouvrez la caisse.</translation>
    </message>
    <message>
        <source>Type the float in whole francs, e.g. 50 000.</source>
        <translation>Saisissez le fonds en francs entiers, par exemple 50 000.</translation>
    </message>
</context>
<context>
    <name>ParameterDialog</name>
    <message>
        <source>Parameter %1</source>
        <translation>Paramètre %1</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation>Entre %1 et %2</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Champs : %1</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;S&apos;applique à :</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Actuelle :</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
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
        <source>Back to &amp;inherited value</source>
        <translation>Revenir à la valeur &amp;héritée</translation>
    </message>
    <message>
        <source>Not set here; inherits %1</source>
        <translation>Non définie ici ; hérite de %1</translation>
    </message>
    <message>
        <source>Say why the value changes.</source>
        <translation>Indiquez pourquoi la valeur change.</translation>
    </message>
</context>
<context>
    <name>ParameterHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définie</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimée</translation>
    </message>
</context>
<context>
    <name>ParameterLabels</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientèle</translation>
    </message>
    <message>
        <source>Requests and works</source>
        <translation>Demandes et travaux</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>Relève</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Cash desk</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Recouvrement</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Prépaiement</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <source>SMS notifications</source>
        <translation>Notifications SMS</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Entier</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Décimal</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Oui / non</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Liste de choix</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Toutes agences</translation>
    </message>
    <message>
        <source>Agency %1</source>
        <translation>Agence %1</translation>
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
    <name>ParametersPage</name>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Filter by key or description</source>
        <translation>Filtrer par clé ou description</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>M&amp;odule :</translation>
    </message>
    <message>
        <source>Values &amp;of:</source>
        <translation>Valeurs &amp;de :</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Historique...</translation>
    </message>
    <message>
        <source>All agencies (global value)</source>
        <translation>Toutes agences (valeur globale)</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
</context>
<context>
    <name>ParametersPresenter</name>
    <message>
        <source>Enter a value.</source>
        <extracomment>the agency whose effective values the table shows (&quot;&quot; = the global value)</extracomment>
        <translation>Saisissez une valeur.</translation>
    </message>
    <message>
        <source>Say why the value changes.</source>
        <translation>Indiquez pourquoi la valeur change.</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Toutes agences</translation>
    </message>
</context>
<context>
    <name>PayableBillsTable</name>
    <message>
        <source>Pay</source>
        <extracomment>(bill id, amount: None = its open amount, 0 = not picked)</extracomment>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Bill no.</source>
        <translation>N° facture</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Space ticks a bill; none ticked = oldest due first. Type in &apos;To pay&apos; for a part payment.</source>
        <translation>Espace coche une facture ; aucune cochée = la plus ancienne d&apos;abord. Saisissez « À payer » pour un paiement partiel.</translation>
    </message>
    <message>
        <source>Billed: %1</source>
        <translation>Facturé : %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Échue</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <source>Account no., name, phone, meter serial or address, then Enter (F2)</source>
        <extracomment>the receipt of a payment, for the receipt dialog (the page opens it) a search&apos;s single hit is chosen once: its answer comes in several model signals, and a second load arriving while the cashier types the tender would reset it</extracomment>
        <translation>N° de compte, nom, téléphone, compteur ou adresse, puis Entrée (F2)</translation>
    </message>
    <message>
        <source>No account chosen: search one (F2).</source>
        <translation>Aucun compte choisi : recherchez-en un (F2).</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Total due:</source>
        <translation>Total dû :</translation>
    </message>
    <message>
        <source>Open &amp;bills (F3) - Space ticks, none = oldest due first</source>
        <translation>Factures &amp;ouvertes (F3) - Espace coche, aucune = la plus ancienne d&apos;abord</translation>
    </message>
    <message>
        <source>Defaults to what is due; less = part payment</source>
        <translation>Par défaut le total dû ; moins = paiement partiel</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Affecté à</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Open before</source>
        <translation>Dû avant</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>&amp;Pay (F9 / Ctrl+Enter)</source>
        <translation>&amp;Encaisser (F9 / Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Records the payment and issues the receipt</source>
        <translation>Enregistre le paiement et émet le reçu</translation>
    </message>
    <message>
        <source>&amp;New payment (Ctrl+N)</source>
        <translation>&amp;Nouvel encaissement (Ctrl+N)</translation>
    </message>
    <message>
        <source>A&amp;mount to pay:</source>
        <translation>&amp;Montant à payer :</translation>
    </message>
    <message>
        <source>Pa&amp;yer:</source>
        <translation>Pa&amp;yeur :</translation>
    </message>
    <message>
        <source>Tenders (F4)</source>
        <translation>Moyens de paiement (F4)</translation>
    </message>
    <message>
        <source>Handed over:</source>
        <translation>Remis :</translation>
    </message>
    <message>
        <source>Change to give:</source>
        <translation>Monnaie à rendre :</translation>
    </message>
    <message>
        <source>Allocation (preview):</source>
        <translation>Affectation (aperçu) :</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Recherche...</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>Aucun client trouvé.</translation>
    </message>
    <message>
        <source>%1 result(s): Down then Enter chooses</source>
        <translation>%1 résultat(s) : Bas puis Entrée pour choisir</translation>
    </message>
    <message>
        <source>Advance: %1</source>
        <translation>Avance : %1</translation>
    </message>
</context>
<context>
    <name>PremiseDialog</name>
    <message>
        <source>New premise</source>
        <translation>Nouveau branchement</translation>
    </message>
    <message>
        <source>Edit premise</source>
        <translation>Modifier le branchement</translation>
    </message>
    <message>
        <source>e.g. behind the Grand Mosque</source>
        <translation>p. ex. derrière la Grande Mosquée</translation>
    </message>
    <message>
        <source>latitude, e.g. 14.693425</source>
        <translation>latitude, p. ex. 14.693425</translation>
    </message>
    <message>
        <source>longitude, e.g. -17.447938</source>
        <translation>longitude, p. ex. -17.447938</translation>
    </message>
    <message>
        <source>Agenc&amp;y:</source>
        <translation>&amp;Agence :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adre&amp;sse :</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Quartier :</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>&amp;Landmark:</source>
        <translation>Re&amp;père :</translation>
    </message>
    <message>
        <source>&amp;GPS (decimal degrees):</source>
        <translation>&amp;GPS (degrés décimaux) :</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Tournée :</translation>
    </message>
    <message>
        <source>&amp;Order in the round:</source>
        <translation>&amp;Ordre dans la tournée :</translation>
    </message>
    <message>
        <source>Trans&amp;former (electricity):</source>
        <translation>Poste HTA/BT (é&amp;lectricité) :</translation>
    </message>
    <message>
        <source>&amp;Water sector:</source>
        <translation>Secteur &amp;eau :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
    <name>ProposeDialog</name>
    <message>
        <source>Submit the new version for approval</source>
        <translation>Soumettre la nouvelle version à l&apos;approbation</translation>
    </message>
    <message>
        <source>The version goes to the Chef de facturation, who approves it in Approvals. It applies from this date on.</source>
        <translation>La version est transmise au Chef de facturation, qui l&apos;approuve dans Validations. Elle s&apos;applique à partir de cette date.</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Valable à partir du :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>&amp;Soumettre à l&apos;approbation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No answer from the server: submit again, the same proposal is sent.</source>
        <translation>Pas de réponse du serveur : soumettez à nouveau, la même proposition sera envoyée.</translation>
    </message>
</context>
<context>
    <name>ReadingCaseModel</name>
    <message>
        <source>Reading date</source>
        <translation>Date du relevé</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Previous index</source>
        <translation>Index précédent</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ReadingCasesPage</name>
    <message>
        <source>Reading cases to check</source>
        <translation>Anomalies de relève à vérifier</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Toutes les anomalies</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gence :</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>T&amp;ournée :</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>Ano&amp;malie :</translation>
    </message>
    <message>
        <source>Reading date</source>
        <translation>Date du relevé</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Previous readings of this meter</source>
        <translation>Relevés précédents de ce compteur</translation>
    </message>
    <message>
        <source>R&amp;elease...</source>
        <translation>&amp;Confirmer...</translation>
    </message>
    <message>
        <source>&amp;Replace...</source>
        <translation>&amp;Remplacer...</translation>
    </message>
    <message>
        <source>All my agencies</source>
        <translation>Toutes mes agences</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>Toutes les tournées</translation>
    </message>
</context>
<context>
    <name>ReadingCasesPresenter</name>
    <message>
        <source>Expected index on %1: %2 to %3 %4; read: %5</source>
        <extracomment>the reading, its previous readings (newest first, the reading itself left out) (reading id, sentence): the expected index range of the reading&apos;s date (its round&apos;s sheet: the validation&apos;s bands), with what was read</extracomment>
        <translation>Index attendu le %1 : de %2 à %3 %4 ; relevé : %5</translation>
    </message>
    <message>
        <source>Usual consumption: %1 %2 per reading (last %3 readings)</source>
        <translation>Consommation habituelle : %1 %2 par relevé (%3 derniers relevés)</translation>
    </message>
    <message>
        <source>Meter %1, reading of %2: %3</source>
        <translation>Compteur %1, relevé du %2 : %3</translation>
    </message>
    <message>
        <source>Previous index %1 on %2</source>
        <translation>Index précédent %1 le %2</translation>
    </message>
    <message>
        <source>Reader&apos;s code: %1</source>
        <translation>Code du releveur : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Write what the field check found.</source>
        <translation>Indiquez le constat du contrôle sur place.</translation>
    </message>
    <message>
        <source>The new index has digits only.</source>
        <translation>Le nouvel index ne comporte que des chiffres.</translation>
    </message>
    <message>
        <source>Reading of %1 released.</source>
        <translation>Relevé de l&apos;abonnement %1 confirmé.</translation>
    </message>
    <message>
        <source>Reading of %1 replaced: %2</source>
        <translation>Relevé de l&apos;abonnement %1 remplacé : %2</translation>
    </message>
</context>
<context>
    <name>ReadingEntryPage</name>
    <message>
        <source>Meter readings</source>
        <translation>Relevés d&apos;index</translation>
    </message>
    <message>
        <source>&amp;Load the sheet</source>
        <translation>&amp;Charger la feuille</translation>
    </message>
    <message>
        <source>&amp;Print the sheet (PDF)...</source>
        <translation>&amp;Imprimer la feuille (PDF)...</translation>
    </message>
    <message>
        <source>E&amp;xport for terminals...</source>
        <translation>E&amp;xporter pour les terminaux...</translation>
    </message>
    <message>
        <source>&amp;Import terminal return...</source>
        <translation>Im&amp;porter le retour des terminaux...</translation>
    </message>
    <message>
        <source>Send unsent again (F8)</source>
        <translation>Renvoyer les non-envoyés (F8)</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agence :</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>T&amp;ournée :</translation>
    </message>
    <message>
        <source>Reading &amp;date:</source>
        <translation>&amp;Date du relevé :</translation>
    </message>
    <message>
        <source>Type the index and press Enter: the row is sent and the next one opens. Tab goes to the field code (no access, meter stopped, seal broken...).</source>
        <translation>Saisissez l&apos;index et appuyez sur Entrée : la ligne est envoyée et la suivante s&apos;ouvre. Tab passe à la colonne Anomalie (accès impossible, compteur arrêté, scellé rompu...).</translation>
    </message>
    <message>
        <source>%1 of %2 entered, %3 to check</source>
        <translation>Saisis : %1 sur %2, à vérifier : %3</translation>
    </message>
    <message>
        <source>Print the reading sheet</source>
        <translation>Imprimer la feuille de relève</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading sheet</source>
        <translation>Feuille de relève</translation>
    </message>
    <message>
        <source>Sheet written to %1</source>
        <translation>Feuille enregistrée dans %1</translation>
    </message>
    <message>
        <source>Export for handheld terminals</source>
        <translation>Exporter pour les terminaux portables</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 lines exported to %2</source>
        <translation>%1 ligne(s) exportée(s) vers %2</translation>
    </message>
    <message>
        <source>Import the terminals&apos; return</source>
        <translation>Importer le retour des terminaux</translation>
    </message>
    <message>
        <source>Reading files (*.csv *.json)</source>
        <translation>Fichiers de relève (*.csv *.json)</translation>
    </message>
</context>
<context>
    <name>ReadingEntryPresenter</name>
    <message>
        <source>Type the index or choose a field code.</source>
        <extracomment>(index, field code) the intent&apos;s request id was made for</extracomment>
        <translation>Saisissez l&apos;index ou choisissez une anomalie.</translation>
    </message>
    <message>
        <source>The index has digits only.</source>
        <translation>L&apos;index ne comporte que des chiffres.</translation>
    </message>
    <message>
        <source>The meter has %1 digits.</source>
        <translation>Le compteur a %1 chiffres.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Envoi...</translation>
    </message>
    <message>
        <source>Not sent (%1): press Enter to send again.</source>
        <translation>Non envoyé (%1) : appuyez sur Entrée pour renvoyer.</translation>
    </message>
</context>
<context>
    <name>ReadingTexts</name>
    <message>
        <source>Consumption too high</source>
        <extracomment>the reading cases the validation finds (ReadingCase.code), in the worklist&apos;s filter order</extracomment>
        <translation>Consommation trop forte</translation>
    </message>
    <message>
        <source>Consumption too low</source>
        <translation>Consommation trop faible</translation>
    </message>
    <message>
        <source>Zero consumption</source>
        <translation>Consommation nulle</translation>
    </message>
    <message>
        <source>Index below the previous one</source>
        <translation>Index inférieur au précédent</translation>
    </message>
    <message>
        <source>Meter roll-over</source>
        <translation>Tour de compteur</translation>
    </message>
    <message>
        <source>Consumption while cut</source>
        <translation>Consommation pendant la coupure</translation>
    </message>
    <message>
        <source>Consumption after termination</source>
        <translation>Consommation après résiliation</translation>
    </message>
    <message>
        <source>Implausible previous reading</source>
        <translation>Relevé précédent invraisemblable</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Accès impossible</translation>
    </message>
    <message>
        <source>Meter stopped</source>
        <translation>Compteur arrêté</translation>
    </message>
    <message>
        <source>Seal broken</source>
        <translation>Scellé rompu</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>a refused line (or a file error): the dialog shows it in red</extracomment>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Fichier refusé</translation>
    </message>
    <message>
        <source>To check: %1</source>
        <translation>À vérifier : %1</translation>
    </message>
    <message>
        <source>%1: %2 consumed</source>
        <translation>%1 : %2 consommés</translation>
    </message>
    <message>
        <source>%1 imported (%2 to check), %3 already imported, %4 rejected</source>
        <translation>Importés : %1 (à vérifier : %2), déjà importés : %3, rejetés : %4</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Enregistrer le reçu en PDF</translation>
    </message>
    <message>
        <source>DUPLICATA, copy %1</source>
        <translation>DUPLICATA, exemplaire %1</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>Receipt %1 saved as PDF (%2): %3</source>
        <translation>Reçu %1 enregistré en PDF (%2) : %3</translation>
    </message>
    <message>
        <source>Receipt %1 sent to the ticket printer (%2): %3</source>
        <translation>Reçu %1 envoyé à l&apos;imprimante ticket (%2) : %3</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>&amp;Print PDF (Ctrl+P)</source>
        <translation>&amp;Imprimer en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print &amp;ticket (Ctrl+T)</source>
        <translation>Imprimer le &amp;ticket (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;New payment (Esc)</source>
        <translation>&amp;Nouvel encaissement (Échap)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Corre&amp;ction of wrongly entered data</source>
        <translation>Correction d&apos;une erreur &amp;de saisie</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required for a correction</source>
        <translation>Obligatoire pour une correction</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ReferenceDataDialogs</name>
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
    <name>ReferenceDataPage</name>
    <message>
        <source>Reference data</source>
        <translation>Données de référence</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Listes</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Tournées</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>Rése&amp;au</translation>
    </message>
    <message>
        <source>E&amp;xport to file...</source>
        <translation>E&amp;xporter vers un fichier...</translation>
    </message>
    <message>
        <source>&amp;Import a file...</source>
        <translation>&amp;Importer un fichier...</translation>
    </message>
    <message>
        <source>&amp;Check only (dry run)</source>
        <translation>&amp;Vérifier seulement (essai à blanc)</translation>
    </message>
    <message>
        <source>Show &amp;deactivated items</source>
        <translation>Afficher les éléments &amp;désactivés</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>French label</source>
        <translation>Libellé français</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>Libellé anglais</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>&amp;New item...</source>
        <translation>&amp;Nouvel élément...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>De&amp;activate / reactivate</source>
        <translation>Dés&amp;activer / réactiver</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table :</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>New &amp;round...</source>
        <translation>Nouvelle t&amp;ournée...</translation>
    </message>
    <message>
        <source>Ed&amp;it round...</source>
        <translation>Modi&amp;fier la tournée...</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gence :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>New &amp;node...</source>
        <translation>Nouveau &amp;nœud...</translation>
    </message>
    <message>
        <source>Edit n&amp;ode...</source>
        <translation>Modifier le n&amp;œud...</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>Export reference data</source>
        <translation>Exporter les données de référence</translation>
    </message>
    <message>
        <source>Import reference data</source>
        <translation>Importer des données de référence</translation>
    </message>
    <message>
        <source>Reference data written to %1</source>
        <translation>Données de référence écrites dans %1</translation>
    </message>
</context>
<context>
    <name>ReferenceDataPresenter</name>
    <message>
        <source>Enter a code.</source>
        <extracomment>labels in French unless the client runs in another language</extracomment>
        <translation>Saisissez un code.</translation>
    </message>
    <message>
        <source>Enter the French label.</source>
        <translation>Saisissez le libellé français.</translation>
    </message>
    <message>
        <source>Enter the English label.</source>
        <translation>Saisissez le libellé anglais.</translation>
    </message>
    <message>
        <source>Attributes are a JSON object, e.g. {&quot;value&quot;: 500}.</source>
        <translation>Les attributs forment un objet JSON, par exemple {&quot;value&quot;: 500}.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
</context>
<context>
    <name>ReferenceItemDialog</name>
    <message>
        <source>New item</source>
        <translation>Nouvel élément</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Modifier l&apos;élément</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctif</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;French label:</source>
        <translation>Libellé &amp;français :</translation>
    </message>
    <message>
        <source>&amp;English label:</source>
        <translation>Libellé &amp;anglais :</translation>
    </message>
    <message>
        <source>A&amp;ttributes (JSON):</source>
        <translation>A&amp;ttributs (JSON) :</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
</context>
<context>
    <name>ReferenceLabels</name>
    <message>
        <source>Substation</source>
        <translation>Poste source</translation>
    </message>
    <message>
        <source>MV feeder</source>
        <translation>Départ HTA</translation>
    </message>
    <message>
        <source>MV/LV transformer</source>
        <translation>Poste HTA/BT</translation>
    </message>
    <message>
        <source>Water sector</source>
        <translation>Secteur de distribution d&apos;eau</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Reference items</source>
        <translation>Éléments de référence</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tournées</translation>
    </message>
    <message>
        <source>Network nodes</source>
        <translation>Nœuds du réseau</translation>
    </message>
    <message>
        <source>File refused, nothing was imported (%1 errors):</source>
        <translation>Fichier refusé, rien n&apos;a été importé (%1 erreurs) :</translation>
    </message>
    <message>
        <source>Check only, nothing was written:</source>
        <translation>Vérification seule, rien n&apos;a été écrit :</translation>
    </message>
    <message>
        <source>File imported:</source>
        <translation>Fichier importé :</translation>
    </message>
    <message>
        <source>  %1: %2 created, %3 updated, %4 unchanged</source>
        <translation>  %1 : %2 créés, %3 modifiés, %4 inchangés</translation>
    </message>
</context>
<context>
    <name>RemoveMeterDialog</name>
    <message>
        <source>Remove meter %1</source>
        <translation>Déposer le compteur %1</translation>
    </message>
    <message>
        <source>one per line: register=index, e.g. single=0</source>
        <translation>un par ligne : cadran=index, p. ex. single=0</translation>
    </message>
    <message>
        <source>&amp;Removed on:</source>
        <translation>&amp;Déposé le :</translation>
    </message>
    <message>
        <source>In&amp;dexes:</source>
        <translation>In&amp;dex :</translation>
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
        <source>Import customer data from the legacy system</source>
        <translation>Importer les données clients de l&apos;ancien système</translation>
    </message>
    <message>
        <source>See parameters and reference data</source>
        <translation>Consulter les paramètres et les données de référence</translation>
    </message>
    <message>
        <source>Change parameters and reference data</source>
        <translation>Modifier les paramètres et les données de référence</translation>
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
        <source>Approve receipt cancellations and large disbursements</source>
        <translation>Valider les annulations de reçus et les gros décaissements</translation>
    </message>
    <message>
        <source>Prepare bank deposits and record the bank&apos;s slips</source>
        <translation>Préparer les versements en banque et saisir les bordereaux</translation>
    </message>
    <message>
        <source>See tariffs, meter readings and bills</source>
        <translation>Voir les tarifs, les relevés de compteurs et les factures</translation>
    </message>
    <message>
        <source>Simulate and finalize bill runs; bill one subscription</source>
        <translation>Simuler et valider les lots de facturation ; facturer un abonnement</translation>
    </message>
    <message>
        <source>Enter, import and review meter readings</source>
        <translation>Saisir, importer et contrôler les relevés d&apos;index</translation>
    </message>
    <message>
        <source>Propose tariff versions and manage billing batches</source>
        <translation>Proposer des versions de tarifs et gérer les lots de facturation</translation>
    </message>
    <message>
        <source>Approve tariff versions and bill corrections of others</source>
        <translation>Approuver les versions de tarifs et les corrections de factures d&apos;autrui</translation>
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
        <source>Parameters</source>
        <translation>Paramètres</translation>
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
    <name>RoundDialog</name>
    <message>
        <source>New round</source>
        <translation>Nouvelle tournée</translation>
    </message>
    <message>
        <source>Edit round</source>
        <translation>Modifier la tournée</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <source>&amp;Grouping:</source>
        <translation>&amp;Regroupement :</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>Fit a seal on %1</source>
        <translation>Poser un scellé sur %1</translation>
    </message>
    <message>
        <source>Seal &amp;number:</source>
        <translation>&amp;Numéro du scellé :</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>&amp;Fitted on:</source>
        <translation>&amp;Posé le :</translation>
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
    <name>SessionDetailDialog</name>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Denomination count</source>
        <translation>Billetage</translation>
    </message>
    <message>
        <source>&amp;1 Receipts</source>
        <translation>&amp;1 Reçus</translation>
    </message>
    <message>
        <source>&amp;2 Movements</source>
        <translation>&amp;2 Mouvements</translation>
    </message>
    <message>
        <source>&amp;3 Closure</source>
        <translation>&amp;3 Clôture</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Actua&amp;liser (F5)</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <source>Till of %1</source>
        <translation>Caisse de %1</translation>
    </message>
</context>
<context>
    <name>SessionReceiptsPanel</name>
    <message>
        <source>Receipt no.</source>
        <translation>N° reçu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Customer / payer</source>
        <translation>Client / payeur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reprint &amp;PDF</source>
        <translation>Réimprimer en &amp;PDF</translation>
    </message>
    <message>
        <source>Reprint &amp;ticket</source>
        <translation>Réimprimer le &amp;ticket</translation>
    </message>
    <message>
        <source>Request &amp;cancellation...</source>
        <translation>Demander l&apos;&amp;annulation...</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>Act&amp;ualiser (F5)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>Décaissement</translation>
    </message>
    <message>
        <source>Request cancellation</source>
        <translation>Demander l&apos;annulation</translation>
    </message>
    <message>
        <source>Why cancel receipt %1? (another user must approve)</source>
        <translation>Pourquoi annuler le reçu %1 ? (un autre utilisateur doit approuver)</translation>
    </message>
    <message>
        <source>Cancellation requested: it waits for approval (request %1).</source>
        <translation>Annulation demandée : elle attend une approbation (demande %1).</translation>
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
    <name>SlipDialog</name>
    <message>
        <source>Bank slip of deposit %1</source>
        <translation>Bordereau du versement %1</translation>
    </message>
    <message>
        <source>Deposit:</source>
        <translation>Versement :</translation>
    </message>
    <message>
        <source>Slip &amp;number:</source>
        <translation>&amp;Numéro du bordereau :</translation>
    </message>
    <message>
        <source>Slip &amp;date:</source>
        <translation>&amp;Date du bordereau :</translation>
    </message>
    <message>
        <source>Amount &amp;credited:</source>
        <translation>Montant &amp;crédité :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StateChangeDialog</name>
    <message>
        <source>&amp;Effective on:</source>
        <translation>&amp;Date d&apos;effet :</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>New subscription</source>
        <translation>Nouvel abonnement</translation>
    </message>
    <message>
        <source>Subscription %1</source>
        <translation>Abonnement %1</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>kVA, e.g. 6</source>
        <translation>kVA, p. ex. 6</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Bimestrielle</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <source>Paying &amp;account:</source>
        <translation>&amp;Compte payeur :</translation>
    </message>
    <message>
        <source>&amp;Premise:</source>
        <translation>&amp;Branchement :</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>Ca&amp;libre (water):</source>
        <translation>Ca&amp;libre (eau) :</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roduit :</translation>
    </message>
    <message>
        <source>&amp;Tariff category:</source>
        <translation>Catégorie &amp;tarifaire :</translation>
    </message>
    <message>
        <source>Subscribed p&amp;ower (kVA):</source>
        <translation>P&amp;uissance souscrite (kVA) :</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>&amp;Facturation :</translation>
    </message>
</context>
<context>
    <name>TariffApproval</name>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>rounding</source>
        <translation>arrondi</translation>
    </message>
    <message>
        <source>applies to</source>
        <translation>s&apos;applique à</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>ledger account</source>
        <translation>compte comptable</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Reference period (days)</source>
        <translation>Période de référence (jours)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Rounding increment</source>
        <translation>Pas d&apos;arrondi</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Proposed by %1</source>
        <translation>Proposée par %1</translation>
    </message>
    <message>
        <source>now prorated by days</source>
        <translation>désormais au prorata des jours</translation>
    </message>
    <message>
        <source>no longer prorated</source>
        <translation>plus au prorata</translation>
    </message>
    <message>
        <source>First version of this tariff: %1 components.</source>
        <translation>Première version de ce tarif : %1 composante(s).</translation>
    </message>
    <message>
        <source>%1 block %2</source>
        <translation>%1 tranche %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 supprimée</translation>
    </message>
    <message>
        <source>Component %1 removed</source>
        <translation>Composante %1 supprimée</translation>
    </message>
    <message>
        <source>Tariff %1 — %2</source>
        <translation>Tarif %1 — %2</translation>
    </message>
    <message>
        <source>New version %1, valid from %2</source>
        <translation>Nouvelle version %1, valable à partir du %2</translation>
    </message>
    <message>
        <source>Changes against version %1 (from %2):</source>
        <translation>Changements par rapport à la version %1 (du %2) :</translation>
    </message>
    <message>
        <source>no change in the grid</source>
        <translation>aucun changement dans la grille</translation>
    </message>
    <message>
        <source>%1 added: up to %2 at %3</source>
        <translation>%1 ajoutée : jusqu&apos;à %2 à %3</translation>
    </message>
    <message>
        <source>%1: upper bound %2 → %3</source>
        <translation>%1 : borne supérieure %2 → %3</translation>
    </message>
    <message>
        <source>New component %1 (%2): %3</source>
        <translation>Nouvelle composante %1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 (up to %2): price %3 → %4</source>
        <translation>%1 (jusqu&apos;à %2) : prix %3 → %4</translation>
    </message>
</context>
<context>
    <name>TariffGrid</name>
    <message>
        <source>Progressive blocks</source>
        <extracomment>the kinds whose amounts are prorated by default</extracomment>
        <translation>Tranches progressives</translation>
    </message>
    <message>
        <source>All-units tiers</source>
        <translation>Paliers (prix unique)</translation>
    </message>
    <message>
        <source>Blocks in hours of power</source>
        <translation>Tranches en heures de puissance</translation>
    </message>
    <message>
        <source>Fixed charge</source>
        <translation>Prime fixe</translation>
    </message>
    <message>
        <source>Power charge per kVA</source>
        <translation>Redevance de puissance par kVA</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>Minimum de facturation</translation>
    </message>
    <message>
        <source>Tax (rate)</source>
        <translation>Taxe (taux)</translation>
    </message>
    <message>
        <source>Stamp duty</source>
        <translation>Droit de timbre</translation>
    </message>
    <message>
        <source>Half up</source>
        <translation>Au plus proche (0,5 vers le haut)</translation>
    </message>
    <message>
        <source>Half even</source>
        <translation>Au plus proche (0,5 au pair)</translation>
    </message>
    <message>
        <source>Half down</source>
        <translation>Au plus proche (0,5 vers le bas)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Par défaut (vers le bas)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Par excès (vers le haut)</translation>
    </message>
    <message>
        <source>A grid needs at least one component.</source>
        <extracomment>the grid says prorate explicitly (else it follows the kind&apos;s default)</extracomment>
        <translation>Une grille doit avoir au moins une composante.</translation>
    </message>
    <message>
        <source>Capitals, digits and _ only (e.g. ENERGY).</source>
        <translation>Majuscules, chiffres et _ seulement (p. ex. ENERGY).</translation>
    </message>
    <message>
        <source>Choose a kind.</source>
        <translation>Choisissez un type.</translation>
    </message>
    <message>
        <source>The label printed on the bill is required.</source>
        <translation>Le libellé imprimé sur la facture est obligatoire.</translation>
    </message>
    <message>
        <source>This code is already used.</source>
        <translation>Ce code est déjà utilisé.</translation>
    </message>
    <message>
        <source>Add at least one block.</source>
        <translation>Ajoutez au moins une tranche.</translation>
    </message>
    <message>
        <source>A number of 0 or more.</source>
        <translation>Un nombre positif ou nul.</translation>
    </message>
    <message>
        <source>Say which lines it applies to.</source>
        <translation>Indiquez à quelles lignes elle s&apos;applique.</translation>
    </message>
    <message>
        <source>A price of 0 or more.</source>
        <translation>Un prix positif ou nul.</translation>
    </message>
    <message>
        <source>Bounds go up, block after block.</source>
        <translation>Les bornes croissent d&apos;une tranche à l&apos;autre.</translation>
    </message>
    <message>
        <source>Only the last block has no upper bound.</source>
        <translation>Seule la dernière tranche est sans borne supérieure.</translation>
    </message>
    <message>
        <source>%1 is not an earlier component.</source>
        <translation>%1 n&apos;est pas une composante précédente.</translation>
    </message>
</context>
<context>
    <name>TariffGridEditor</name>
    <message>
        <source>Currency:</source>
        <extracomment>component field name (as the server names it) -&gt; column the draft changed (the simulation of a draft follows it)</extracomment>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Decimals:</source>
        <translation>Décimales :</translation>
    </message>
    <message>
        <source>Period (days):</source>
        <translation>Période (jours) :</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité :</translation>
    </message>
    <message>
        <source>Round to (minor units):</source>
        <translation>Pas d&apos;arrondi :</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Arrondi</translation>
    </message>
    <message>
        <source>Prorated</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <source>Ledger account</source>
        <translation>Compte comptable</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Au-delà de</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>Ajouter une composante</translation>
    </message>
    <message>
        <source>Remove component</source>
        <translation>Retirer la composante</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Ajouter une tranche</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>Retirer la tranche</translation>
    </message>
    <message>
        <source>Components (&amp;1)</source>
        <translation>Composantes (&amp;1)</translation>
    </message>
    <message>
        <source>The last block has no upper bound.</source>
        <translation>La dernière tranche n&apos;a pas de borne supérieure.</translation>
    </message>
    <message>
        <source>1 block</source>
        <translation>1 tranche</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>%1 tranches</translation>
    </message>
    <message>
        <source>hours x kW</source>
        <translation>heures x kW</translation>
    </message>
    <message>
        <source>Blocks of %1 (&amp;2, %2)</source>
        <translation>Tranches de %1 (&amp;2, %2)</translation>
    </message>
    <message>
        <source>Blocks (&amp;2): choose a block component</source>
        <translation>Tranches (&amp;2) : choisissez une composante à tranches</translation>
    </message>
</context>
<context>
    <name>TariffListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>TariffPresenter</name>
    <message>
        <source>Version %1 — from %2 — %3</source>
        <extracomment>the grid shown (GridDraft) and whether it is a proposal being edited field path -&gt; sentence, before sending or from the server&apos;s refusal</extracomment>
        <translation>Version %1 — du %2 — %3</translation>
    </message>
    <message>
        <source>Proposed by %1: %2</source>
        <translation>Proposée par %1 : %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Start a proposal first.</source>
        <translation>Créez d&apos;abord une nouvelle version.</translation>
    </message>
    <message>
        <source>Say why the grid changes.</source>
        <translation>Indiquez pourquoi la grille change.</translation>
    </message>
    <message>
        <source>Consumption and power are numbers.</source>
        <translation>La consommation et la puissance sont des nombres.</translation>
    </message>
    <message>
        <source>Consumption and power are 0 or more.</source>
        <translation>La consommation et la puissance sont positives ou nulles.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Choose a tariff first.</source>
        <translation>Choisissez d&apos;abord un tarif.</translation>
    </message>
</context>
<context>
    <name>TariffTexts</name>
    <message>
        <source>Pending approval</source>
        <translation>En attente d&apos;approbation</translation>
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
    <name>TariffsPage</name>
    <message>
        <source>Tariffs</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>&amp;New version...</source>
        <translation>&amp;Nouvelle version...</translation>
    </message>
    <message>
        <source>&amp;Submit for approval...</source>
        <translation>&amp;Soumettre à l&apos;approbation...</translation>
    </message>
    <message>
        <source>Drop the draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>&amp;Tariffs</source>
        <translation>&amp;Tarifs</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>V&amp;ersions</translation>
    </message>
    <message>
        <source>Simulate one consumption (F9)</source>
        <translation>Simuler une consommation (F9)</translation>
    </message>
    <message>
        <source>Si&amp;mulate</source>
        <translation>Si&amp;muler</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Ledger account</source>
        <translation>Compte comptable</translation>
    </message>
    <message>
        <source>C&amp;onsumption:</source>
        <translation>&amp;Consommation :</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Subscribed &amp;power (kVA):</source>
        <translation>&amp;Puissance (kVA) :</translation>
    </message>
    <message>
        <source>New version (draft): edit the tables</source>
        <translation>Nouvelle version (brouillon) : modifiez les tableaux</translation>
    </message>
    <message>
        <source>No version yet</source>
        <translation>Aucune version pour l&apos;instant</translation>
    </message>
    <message>
        <source>Simulates the draft.</source>
        <translation>Simule le brouillon.</translation>
    </message>
    <message>
        <source>Simulates the version shown.</source>
        <translation>Simule la version affichée.</translation>
    </message>
    <message>
        <source>Version %1 proposed: it waits for approval in Approvals.</source>
        <translation>Version %1 proposée : elle attend l&apos;approbation dans Validations.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
</context>
<context>
    <name>TenderGrid</name>
    <message>
        <source>What the customer hands over (F4)</source>
        <translation>Ce que le client remet (F4)</translation>
    </message>
    <message>
        <source>- bank -</source>
        <translation>- banque -</translation>
    </message>
    <message>
        <source>Drawer (who signed)</source>
        <translation>Tireur (signataire)</translation>
    </message>
    <message>
        <source>Remove this tender (Ctrl+Del)</source>
        <translation>Retirer ce moyen (Ctrl+Suppr)</translation>
    </message>
    <message>
        <source>Cheque number</source>
        <translation>Numéro du chèque</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>Référence de la transaction</translation>
    </message>
    <message>
        <source>&amp;Add a tender (Alt+A)</source>
        <extracomment>Enter in a tender field (the page previews)</extracomment>
        <translation>&amp;Ajouter un moyen de paiement (Alt+A)</translation>
    </message>
</context>
<context>
    <name>TillPositionsPage</name>
    <message>
        <source>Live tills</source>
        <translation>Caisses en direct</translation>
    </message>
    <message>
        <source>&amp;Open the till (Enter)</source>
        <translation>&amp;Ouvrir la caisse (Entrée)</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Actua&amp;liser (F5)</translation>
    </message>
    <message>
        <source>No till opened on this day.</source>
        <translation>Aucune caisse ouverte ce jour-là.</translation>
    </message>
</context>
<context>
    <name>TillPositionsPresenter</name>
    <message>
        <source>All my agencies</source>
        <translation>Toutes mes agences</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Not updated at %1: %2</source>
        <translation>Non mis à jour à %1 : %2</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to the head cashier</source>
        <translation>Versement au caissier principal</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Verser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the amount handed over.</source>
        <translation>Saisissez le montant remis.</translation>
    </message>
</context>
<context>
    <name>TypedEditor</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
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
