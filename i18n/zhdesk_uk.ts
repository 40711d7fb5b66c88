<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk_UA">
<context>
    <name>About</name>
    <message>
        <location filename="../zhdesk/gui/about.py" line="24" />
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/about.py" line="25" />
        <source>User &amp;guide</source>
        <translation>&amp;Посібник</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/about.py" line="29" />
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Гарячі клавіші…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/about.py" line="32" />
        <source>About zhdesk…</source>
        <translation>Про zhdesk…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/about.py" line="52" />
        <source>&lt;h3&gt;zhdesk {0}&lt;/h3&gt;&lt;p&gt;Quarterly execution report of the community development programme.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Store:&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Schema version:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Data folder:&lt;/b&gt; {3}&lt;/p&gt;&lt;p&gt;Qt for Python {4}. Fonts: Liberation Serif (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;zhdesk {0}&lt;/h3&gt;&lt;p&gt;Квартальний звіт про виконання Програми соціально-економічного і культурного розвитку громади.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Сховище:&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Версія схеми:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Тека даних:&lt;/b&gt; {3}&lt;/p&gt;&lt;p&gt;Qt for Python {4}. Шрифти: Liberation Serif (SIL Open Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/about.py" line="64" />
        <source>About zhdesk</source>
        <translation>Про zhdesk</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../zhdesk/gui/card.py" line="88" />
        <source>&lt;b&gt;Task {0}.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;Завдання {0}.&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/card.py" line="90" />
        <source>&lt;b&gt;Executors:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Відповідальні виконавці:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/card.py" line="92" />
        <source>&lt;b&gt;Programme or funding:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Програма або обсяг фінансування:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/card.py" line="122" />
        <source>{0} characters</source>
        <translation>Символів: {0}</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="41" />
        <source>no submission yet</source>
        <translation>подання ще немає</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="42" />
        <source>submitted, not reviewed yet</source>
        <translation>подано, ще не розглянуто</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="43" />
        <source>returned with comments</source>
        <translation>повернуто із зауваженнями</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="44" />
        <source>no form issued</source>
        <translation>бланк не видано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="151" />
        <source>Measure {0}: {1}</source>
        <translation>Захід {0}: {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="235" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="236" />
        <source>The report could not be checked: {0}</source>
        <translation>Не вдалося перевірити звіт: {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="65" />
        <source>Before the report goes out</source>
        <translation>Перед експортом і друком</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="75" />
        <source>What to check before the report goes out</source>
        <translation>Що перевірити перед експортом і друком звіту</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="80" />
        <source>Click a measure to go to it in the window; this list stays open.</source>
        <translation>Клацніть захід, щоб перейти до нього у вікні; цей перелік лишається відкритим.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="85" />
        <source>Export anyway</source>
        <translation>Все одно експортувати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="86" />
        <source>Print anyway</source>
        <translation>Все одно друкувати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="87" />
        <source>Preview anyway</source>
        <translation>Все одно переглянути</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="92" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="107" />
        <source>The consolidated report {0} ({1} measures): nothing is left to check.</source>
        <translation>Зведений звіт {0} (заходів: {1}): перевіряти більше нічого.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="109" />
        <source>The consolidated report {0} ({1} measures) is not ready yet:</source>
        <translation>Зведений звіт {0} (заходів: {1}) ще не готовий:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="114" />
        <source>No signatory: the report has no signature block (click to set it)</source>
        <translation>Не вказано підписанта: у звіті не буде блоку підпису (клацніть, щоб вказати)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="126" />
        <source>Measures without an execution text: {0}</source>
        <translation>Заходи без тексту виконання: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="116" />
        <source>Open conflicts: {0}</source>
        <translation>Невирішені розбіжності: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="120" />
        <source>Executive bodies not accepted yet: {0}</source>
        <translation>Виконавчі органи, подання яких ще не прийнято: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="115" />
        <source>Settings → Report settings…</source>
        <translation>Налаштування → Параметри звіту…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="117" />
        <source>Texts with errors: {0}</source>
        <translation>Тексти з помилками: {0}</translation>
    </message>
</context>
<context>
    <name>CompletenessChart</name>
    <message>
        <location filename="../zhdesk/gui/coordinator/chart.py" line="40" />
        <source>Filled</source>
        <translation>Заповнено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/chart.py" line="40" />
        <source>Not filled</source>
        <translation>Не заповнені</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/chart.py" line="56" />
        <source>measures</source>
        <translation>заходів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/chart.py" line="61" />
        <source>Filled measures per body</source>
        <translation>Заповнені заходи за органами</translation>
    </message>
</context>
<context>
    <name>CoordinatorActions</name>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="91" />
        <source>Receive submissions</source>
        <translation>Отримати подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="91" />
        <source>zhdesk submissions (*.zhsub);;All files (*)</source>
        <translation>Подання zhdesk (*.zhsub);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="107" />
        <source>Receiving</source>
        <translation>Отримую</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="113" />
        <source>Where to put the form packages</source>
        <translation>Куди зберегти бланки</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="123" />
        <source>{0} form packages for {1} are in {2}. Send each body its own file.</source>
        <translation>Бланків {1}: {0}, збережено в {2}. Надішліть кожному органу його файл.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="126" />
        <source>Issuing</source>
        <translation>Видаю</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="158" />
        <source>Nothing has been received from {0} for {1} yet: there is nothing to return.</source>
        <translation>Від {0} ще нічого не надійшло {1}: повертати нічого.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="67" />
        <location filename="../zhdesk/gui/coordinator/actions.py" line="132" />
        <location filename="../zhdesk/gui/coordinator/actions.py" line="157" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="68" />
        <source>The store holds no programme yet: import the approved programme or a report first.</source>
        <translation>У сховищі ще немає програми: спершу імпортуйте затверджену програму або звіт.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="85" />
        <source>Opening the period</source>
        <translation>Відкриваю період</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="132" />
        <source>Choose a body in the table first.</source>
        <translation>Спершу виберіть орган у таблиці.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="50" />
        <source>Executive bodies</source>
        <translation>Виконавчі органи</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="56" />
        <source>New reporting period…</source>
        <translation>Новий звітний період…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="58" />
        <source>Issue form packages…</source>
        <translation>Видати бланки…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="59" />
        <source>Receive submissions…</source>
        <translation>Отримати подання…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="60" />
        <source>Accept</source>
        <translation>Прийняти</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="61" />
        <source>Return with comments…</source>
        <translation>Повернути із зауваженнями…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="62" />
        <source>Export the report…</source>
        <translation>Експортувати звіт…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="79" />
        <source>Reporting bodies</source>
        <translation>Звітні органи</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="80" />
        <source>Waiting for review (submitted, returned)</source>
        <translation>Чекають на розгляд (подані, повернені)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="81" />
        <source>Not submitted yet</source>
        <translation>Ще не подали</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="82" />
        <source>Late</source>
        <translation>Із запізненням</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="83" />
        <source>Accepted</source>
        <translation>Прийняті</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="84" />
        <source>All, with co-executors</source>
        <translation>Усі, зі співвиконавцями</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="89" />
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="123" />
        <source>Executive bodies and their submissions</source>
        <translation>Виконавчі органи та їхні подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="102" />
        <source>Table</source>
        <translation>Таблиця</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="105" />
        <source>Completeness</source>
        <translation>Заповненість</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="196" />
        <source> (deadline {0})</source>
        <translation> (термін подання {0})</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="199" />
        <source>{0}: issued {1}, submitted {2}, accepted {3}, returned {4}, not issued {5}; conflicts: {6}</source>
        <translation>{0}: видано {1}, подано {2}, прийнято {3}, повернуто {4}, не видано {5}; розбіжностей: {6}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="208" />
        <source>&lt;b&gt;The executors sent a text that differs from yours.&lt;/b&gt; Theirs, compared with yours:&lt;br&gt;{0}&lt;br&gt;&lt;a href='take:bodies'&gt;Take the executors' text&lt;/a&gt; · &lt;a href='take:mine'&gt;Keep my text&lt;/a&gt;</source>
        <translation>&lt;b&gt;Виконавці надіслали текст, що відрізняється від вашого.&lt;/b&gt; Їхній текст порівняно з вашим:&lt;br&gt;{0}&lt;br&gt;&lt;a href='take:bodies'&gt;Взяти текст виконавців&lt;/a&gt; · &lt;a href='take:mine'&gt;Залишити мій текст&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="183" />
        <source>Could not read the store: {0}</source>
        <translation>Не вдалося прочитати сховище: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="243" />
        <source>Measures of {0}</source>
        <translation>Заходи органу {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="141" />
        <source>Cancelled; what was done before the cancel is kept</source>
        <translation>Скасовано; зроблене до скасування збережено</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../zhdesk/gui/deadlines.py" line="14" />
        <source>submitted on time</source>
        <translation>подано вчасно</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/deadlines.py" line="16" />
        <source>submitted late</source>
        <translation>подано із запізненням</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/deadlines.py" line="20" />
        <source>days left: {0}</source>
        <translation>залишилося днів: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/deadlines.py" line="22" />
        <source>due today</source>
        <translation>термін сьогодні</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/deadlines.py" line="23" />
        <source>days late: {0}</source>
        <translation>прострочено днів: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/deadlines.py" line="36" />
        <source>Deadline: {0} ({1})</source>
        <translation>Термін подання: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <location filename="../zhdesk/gui/import_decisions.py" line="85" />
        <source>All are the same measures</source>
        <translation>Усі — ті самі заходи</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_decisions.py" line="119" />
        <source>The file is complete: retire {0} of the programme's {1} measures</source>
        <translation>Файл повний: виключити {0} з {1} заходів програми</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_decisions.py" line="127" />
        <source>These measures of the file look like measures of the store but are not alike enough to be sure. Say for each whether it is the same measure.</source>
        <translation>Ці заходи файлу схожі на заходи сховища, але недостатньо, щоб бути певним. Укажіть для кожного, чи це той самий захід.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_decisions.py" line="132" />
        <source>The file would retire a large part of the programme.</source>
        <translation>Файл виключив би значну частину програми.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_decisions.py" line="134" />
        <source>No uncertain matchings.</source>
        <translation>Невизначених зіставлень немає.</translation>
    </message>
</context>
<context>
    <name>Department</name>
    <message>
        <location filename="../zhdesk/gui/department.py" line="34" />
        <source>Open a form package…</source>
        <translation>Відкрити бланк…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="36" />
        <source>Make the submission…</source>
        <translation>Сформувати подання…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="86" />
        <source>Open a form package</source>
        <translation>Відкрити бланк</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="86" />
        <source>zhdesk form packages (*.zhform)</source>
        <translation>Бланки zhdesk (*.zhform)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="133" />
        <source>Opened the form of {0} for {1}: {2} measures</source>
        <translation>Відкрито бланк {0} за {1}: заходів {2}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="80" />
        <location filename="../zhdesk/gui/department.py" line="279" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="81" />
        <source>Submissions are received in the coordinator's store; send this file to the coordinator.</source>
        <translation>Подання отримує координатор у своєму сховищі; надішліть цей файл координатору.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="137" />
        <source>(coordinator key {0} is trusted from now on instead of {1})</source>
        <translation>(відтепер довірений ключ координатора {0} замість {1})</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="146" />
        <source>The coordinator's key</source>
        <translation>Ключ координатора</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="148" />
        <source>This is the first form package this store has opened. It is signed with the coordinator key &lt;b&gt;{0}&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Check these characters with the coordinator (by telephone, for example). From now on this store opens only packages signed with this key; a package signed with another key is shown to you before it is opened.</source>
        <translation>Це перший бланк, відкритий у цьому сховищі. Його підписано ключем координатора &lt;b&gt;{0}&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Звірте ці символи з координатором (наприклад, телефоном). Відтепер це сховище відкриває лише бланки, підписані цим ключем; бланк з іншим ключем zhdesk спершу покаже вам.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="159" />
        <source>Another coordinator key</source>
        <translation>Інший ключ координатора</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="161" />
        <source>The form package &lt;b&gt;{0}&lt;/b&gt; is signed with another coordinator key (&lt;b&gt;{1}&lt;/b&gt;) than the one this store trusts (&lt;b&gt;{2}&lt;/b&gt;). It may not come from your coordinator.&lt;br&gt;&lt;br&gt;Open it only if the coordinator has told you that their key changed (a new computer or store) and the new key's characters are the same as these. Trust the new key and open the package?</source>
        <translation>Бланк &lt;b&gt;{0}&lt;/b&gt; підписано іншим ключем координатора (&lt;b&gt;{1}&lt;/b&gt;), ніж той, якому довіряє це сховище (&lt;b&gt;{2}&lt;/b&gt;). Можливо, він надійшов не від вашого координатора.&lt;br&gt;&lt;br&gt;Відкривайте його, лише якщо координатор сказав вам, що його ключ змінився (новий комп'ютер або сховище), і символи нового ключа збігаються з цими. Довіряти новому ключу й відкрити бланк?</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="166" />
        <source>Trust the new key and open</source>
        <translation>Довіряти новому ключу й відкрити</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="168" />
        <source>Another programme year</source>
        <translation>Інший рік програми</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="170" />
        <source>The form package &lt;b&gt;{0}&lt;/b&gt; is for the {1} programme ({2}); this store holds the form of {3} ({4}).&lt;br&gt;&lt;br&gt;Go on to the {1} programme in this store? The texts of {3} stay in it.</source>
        <translation>Бланк &lt;b&gt;{0}&lt;/b&gt; — на програму {1} року (звіт {2}); у цьому сховищі бланк {3} року (звіт {4}).&lt;br&gt;&lt;br&gt;Перейти в цьому сховищі до програми {1} року? Тексти {3} року в ньому залишаться.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="179" />
        <source>Open the {0} form</source>
        <translation>Відкрити бланк {0} року</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="182" />
        <location filename="../zhdesk/gui/department.py" line="225" />
        <source>Do not open</source>
        <translation>Не відкривати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="191" />
        <location filename="../zhdesk/gui/department.py" line="234" />
        <source>The form package {0} was not opened</source>
        <translation>Бланк {0} не відкрито</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="202" />
        <source>This store holds the form of &lt;b&gt;{0}&lt;/b&gt;. The form package &lt;b&gt;{1}&lt;/b&gt; is for another body: &lt;b&gt;{2}&lt;/b&gt; ({3}), which has its own store, &lt;i&gt;{4}&lt;/i&gt;.&lt;br&gt;&lt;br&gt;Open that store and the package in it? This store and its texts stay as they are; switch between the two with File → Recent stores.</source>
        <translation>Це сховище містить форму органу &lt;b&gt;{0}&lt;/b&gt;. Пакет форми &lt;b&gt;{1}&lt;/b&gt; — для іншого органу: &lt;b&gt;{2}&lt;/b&gt; ({3}), який уже має своє сховище, &lt;i&gt;{4}&lt;/i&gt;.&lt;br&gt;&lt;br&gt;Відкрити те сховище й пакет у ньому? Це сховище та його тексти залишаться як є; перемикатися між ними — Файл → Останні сховища.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="207" />
        <source>Open its store</source>
        <translation>Відкрити його сховище</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="210" />
        <source>This store holds the form of &lt;b&gt;{0}&lt;/b&gt;. The form package &lt;b&gt;{1}&lt;/b&gt; is for another body: &lt;b&gt;{2}&lt;/b&gt; ({3}).&lt;br&gt;&lt;br&gt;Create a separate store for {2} and open the package there?&lt;br&gt;It will be &lt;i&gt;{4}&lt;/i&gt;. This store and its texts stay as they are; switch between the two with File → Recent stores.</source>
        <translation>Це сховище містить форму органу &lt;b&gt;{0}&lt;/b&gt;. Пакет форми &lt;b&gt;{1}&lt;/b&gt; — для іншого органу: &lt;b&gt;{2}&lt;/b&gt; ({3}).&lt;br&gt;&lt;br&gt;Створити для нього окреме сховище й відкрити пакет там?&lt;br&gt;Це буде &lt;i&gt;{4}&lt;/i&gt;. Це сховище та його тексти залишаться як є; перемикатися між ними — Файл → Останні сховища.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="223" />
        <source>Another body's form</source>
        <translation>Форма іншого органу</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="215" />
        <source>Create a separate store</source>
        <translation>Створити окреме сховище</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="303" />
        <source>&lt;b&gt;The coordinator's comment:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Зауваження координатора:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="308" />
        <source>Returned by the coordinator: {0}</source>
        <translation>Повернуто координатором: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="343" />
        <source>Save the submission</source>
        <translation>Зберегти подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="345" />
        <source>zhdesk submissions (*.zhsub)</source>
        <translation>Подання zhdesk (*.zhsub)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="381" />
        <source>Submission no. {0} is saved: {1} measures.</source>
        <translation>Подання № {0} збережено: заходів — {1}.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="384" />
        <source>Warnings in the texts: {0} (see the Problems panel).</source>
        <translation>Попереджень у текстах: {0} (див. панель «Проблеми»).</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="388" />
        <source>Changed since submission no. {0}: {1} measures.</source>
        <translation>Змінено з подання № {0}: заходів — {1}.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="390" />
        <source>Nothing changed since submission no. {0}.</source>
        <translation>З подання № {0} нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="392" />
        <source>File: {0}</source>
        <translation>Файл: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="393" />
        <source>Send this file to the coordinator.</source>
        <translation>Надішліть цей файл координатору.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="399" />
        <source>Not submitted</source>
        <translation>Не подано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="401" />
        <source>The texts still have {0} errors. They are listed in the Problems panel; fix them and make the submission again.</source>
        <translation>У текстах ще є помилки ({0}). Їх перелічено на панелі «Проблеми»; виправте їх і сформуйте подання знову.</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../zhdesk/gui/details.py" line="34" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="47" />
        <source>{0}, measures: {1}</source>
        <translation>{0}, заходів: {1}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="125" />
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="243" />
        <source>Duplicate executive bodies</source>
        <translation>Дублікати виконавчих органів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="129" />
        <source>These executive bodies may be one body written in two ways. Choose the name to keep and merge them, or say that they are different bodies.</source>
        <translation>Ці виконавчі органи можуть бути одним органом, записаним двома способами. Виберіть назву, яку залишити, й об'єднайте їх або вкажіть, що це різні органи.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="149" />
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="185" />
        <source>No suspected duplicates: every executive body's name is its own.</source>
        <translation>Можливих дублікатів немає: кожен виконавчий орган має власну назву.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="204" />
        <source>Merged: {0} is now also known as {1}.</source>
        <translation>Об'єднано: {0} тепер має також назву {1}.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="207" />
        <source>Merging</source>
        <translation>Об'єднання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="217" />
        <source>{0} and {1} are different bodies; they will not be suggested again.</source>
        <translation>{0} і {1} — різні органи; їх більше не буде запропоновано.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="220" />
        <source>Saving</source>
        <translation>Збереження</translation>
    </message>
</context>
<context>
    <name>DuplicatesMenu</name>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="268" />
        <source>Duplicate executive bodies…</source>
        <translation>Дублікати виконавчих органів…</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="35" />
        <source>The file is damaged or is not a zhdesk file.</source>
        <translation>Файл пошкоджено, або це не файл zhdesk.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="36" />
        <source>The file cannot be read.</source>
        <translation>Файл не вдається прочитати.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="37" />
        <source>The file is too large for an exchange file.</source>
        <translation>Файл завеликий для файла обміну.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="38" />
        <source>The file was made by another version of zhdesk; both sides need the same release.</source>
        <translation>Файл створено іншою версією zhdesk; у відправника й отримувача має бути однакова версія.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="41" />
        <source>The file's contents are not what zhdesk writes.</source>
        <translation>Вміст файла не такий, який записує zhdesk.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="42" />
        <source>The signature does not match: the file was changed after it was made, or it was not made from the form package issued to this body.</source>
        <translation>Підпис не збігається: файл змінено після створення, або його зроблено не з бланка, виданого цьому органу.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="47" />
        <source>No form package for this period was issued to this body from this store.</source>
        <translation>Цьому органу не видавали бланк на цей період із цього сховища.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="50" />
        <source>A newer submission of this body has already been received.</source>
        <translation>Від цього органу вже отримано новіше подання.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="51" />
        <source>The file has measures that are not this body's.</source>
        <translation>У файлі є заходи, які не належать цьому органу.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="52" />
        <source>The period or the programme year does not match the form package.</source>
        <translation>Період або рік програми не відповідає бланку.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="55" />
        <source>This store cannot take this file.</source>
        <translation>Це сховище не може прийняти цей файл.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="57" />
        <source>The file cannot be used.</source>
        <translation>Файл не можна використати.</translation>
    </message>
</context>
<context>
    <name>ExecutionEditor</name>
    <message>
        <location filename="../zhdesk/gui/text_editor.py" line="158" />
        <source>No suggestions</source>
        <translation>Немає варіантів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/text_editor.py" line="161" />
        <source>Add to dictionary</source>
        <translation>Додати до словника</translation>
    </message>
</context>
<context>
    <name>FileDone</name>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="194" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="197" />
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="199" />
        <source>Show in folder</source>
        <translation>Показати в теці</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../zhdesk/gui/guide.py" line="72" />
        <source>the coordinator returned the submission with a comment on this measure, shown above its text</source>
        <translation>координатор повернув подання із зауваженням до цього заходу; його показано над текстом</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide.py" line="66" />
        <source>the submission cannot be made until it is filled</source>
        <translation>доки його не заповните, подання не сформується</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide.py" line="67" />
        <source>no problems found</source>
        <translation>проблем не знайдено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide.py" line="68" />
        <source>too short, “-”, a hidden character…: fix it before submitting</source>
        <translation>надто коротко, «-», прихований символ…: виправте до подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide.py" line="69" />
        <source>spelling, a date, double spaces, last period's text: worth a look, submitting still works</source>
        <translation>правопис, дата, подвійні пробіли, текст минулого періоду: варто перевірити, подати можна</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide.py" line="76" />
        <source>your version and another one differ: choose which one stays</source>
        <translation>ваша версія й інша різняться: виберіть, яка залишиться</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide.py" line="142" />
        <source>zhdesk — user guide</source>
        <translation>zhdesk — посібник</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide.py" line="143" />
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide.py" line="144" />
        <source>Forward →</source>
        <translation>Вперед →</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide.py" line="145" />
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide.py" line="146" />
        <source>Shortcuts and marks</source>
        <translation>Клавіші й позначки</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide.py" line="147" />
        <source>In the guide's window: close it</source>
        <translation>У вікні посібника: закрити його</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide.py" line="171" />
        <source>The guide's files are missing from this installation: {0}</source>
        <translation>У цьому встановленні немає файлів посібника: {0}</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="23" />
        <source>History of the measure</source>
        <translation>Історія заходу</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="27" />
        <source>Changes of this measure's texts</source>
        <translation>Зміни текстів цього заходу</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="57" />
        <source>No changes recorded yet.</source>
        <translation>Змін ще не записано.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="60" />
        <source>typed</source>
        <translation>введено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="61" />
        <source>imported</source>
        <translation>імпортовано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="62" />
        <source>submission</source>
        <translation>подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="63" />
        <source>conflict resolved</source>
        <translation>розбіжність вирішено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="64" />
        <source>resolving the conflict undone</source>
        <translation>вирішення розбіжності скасовано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="65" />
        <source>accepted submission</source>
        <translation>прийнято подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="66" />
        <source>acceptance of submission undone</source>
        <translation>скасовано прийняття подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="67" />
        <source>form package</source>
        <translation>бланк</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="68" />
        <source>two bodies merged into one</source>
        <translation>два органи об'єднано в один</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="74" />
        <source>programme</source>
        <translation>програма</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="80" />
        <source>report</source>
        <translation>звіт</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="67" />
        <source>Import a report</source>
        <translation>Імпорт звіту</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="67" />
        <source>Import a programme</source>
        <translation>Імпорт програми</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="101" />
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="130" />
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="136" />
        <location filename="../zhdesk/gui/import_dialogs.py" line="141" />
        <source>as the file's title names it</source>
        <translation>як у назві файлу</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="143" />
        <source>Programme year:</source>
        <translation>Рік програми:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="170" />
        <source>Merge or tell apart…</source>
        <translation>Об'єднати або розрізнити…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="189" />
        <source>The file needed no repairs.</source>
        <translation>Файл не потребував виправлень.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="192" />
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="192" />
        <source>What was repaired</source>
        <translation>Що виправлено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="217" />
        <source>Press Import to import the file.</source>
        <translation>Натисніть «Імпортувати», щоб імпортувати файл.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="219" />
        <source>Press Check to see what the file does to the programme; nothing is changed yet.</source>
        <translation>Натисніть «Перевірити», щоб побачити, що файл змінить у програмі; поки що нічого не змінюється.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="232" />
        <source>New executive bodies: {0}</source>
        <translation>Нові виконавчі органи: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="236" />
        <source>Suspected duplicates: {0} (never merged without you)</source>
        <translation>Можливі дублікати: {0} (без вас нічого не об'єднується)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="244" />
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="245" />
        <source>Uncertain ({0})</source>
        <translation>Невизначені ({0})</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="246" />
        <source>Repairs ({0})</source>
        <translation>Виправлення ({0})</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="247" />
        <source>Bodies ({0} new, {1} duplicates?)</source>
        <translation>Органи (нових {0}, дублікатів? {1})</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="257" />
        <source>Import with these answers</source>
        <translation>Імпортувати з цими відповідями</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="257" />
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="259" />
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="259" />
        <source>Check</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="296" />
        <source>Importing</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="308" />
        <source>Checking the plan</source>
        <translation>Перевірка плану</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="308" />
        <source>Applying</source>
        <translation>Застосування</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="311" />
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="345" />
        <source>The file was not imported</source>
        <translation>Файл не імпортовано</translation>
    </message>
</context>
<context>
    <name>ImportMenu</name>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="395" />
        <source>Import a report…</source>
        <translation>Імпортувати звіт…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="397" />
        <source>Last period's report or a published one: TXT/TSV, XLSX or DOCX</source>
        <translation>Звіт за минулий період або опублікований звіт: TXT/TSV, XLSX чи DOCX</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="398" />
        <source>Import a programme…</source>
        <translation>Імпортувати програму…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="400" />
        <source>The approved programme of a year, or an amendment of it</source>
        <translation>Затверджена програма року або зміни до неї</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="416" />
        <source>Import a report</source>
        <translation>Імпорт звіту</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="416" />
        <source>Import a programme</source>
        <translation>Імпорт програми</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="418" />
        <source>Tables (*.txt *.tsv *.xlsx *.docx);;All files (*)</source>
        <translation>Таблиці (*.txt *.tsv *.xlsx *.docx);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="436" />
        <source>Reading the file</source>
        <translation>Читання файлу</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_dialogs.py" line="439" />
        <source>The file was not imported</source>
        <translation>Файл не імпортовано</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="137" />
        <source>matched, unchanged</source>
        <translation>зіставлено, без змін</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="138" />
        <location filename="../zhdesk/gui/import_outcome.py" line="184" />
        <source>renumbered</source>
        <translation>перенумеровано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="139" />
        <location filename="../zhdesk/gui/import_outcome.py" line="186" />
        <source>re-worded</source>
        <translation>переформульовано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="140" />
        <source>moved to another task</source>
        <translation>перенесено до іншого завдання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="141" />
        <source>executors changed</source>
        <translation>змінено виконавців</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="142" />
        <source>funding changed</source>
        <translation>змінено фінансування</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="143" />
        <location filename="../zhdesk/gui/import_outcome.py" line="182" />
        <source>added</source>
        <translation>додано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="144" />
        <location filename="../zhdesk/gui/import_outcome.py" line="188" />
        <source>restored</source>
        <translation>відновлено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="145" />
        <source>uncertain</source>
        <translation>невизначено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="146" />
        <location filename="../zhdesk/gui/import_outcome.py" line="187" />
        <source>retired</source>
        <translation>виключено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="153" />
        <source>programmes</source>
        <translation>програм</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="154" />
        <source>priorities</source>
        <translation>пріоритетів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="155" />
        <source>sectors</source>
        <translation>напрямів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="156" />
        <source>tasks</source>
        <translation>завдань</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="157" />
        <source>measures</source>
        <translation>заходів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="158" />
        <source>execution texts</source>
        <translation>текстів виконання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="159" />
        <source>settings</source>
        <translation>налаштувань</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="160" />
        <source>executor lists</source>
        <translation>списків виконавців</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="161" />
        <source>priorities restored</source>
        <translation>відновлено пріоритетів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="162" />
        <source>sectors restored</source>
        <translation>відновлено напрямів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="163" />
        <source>tasks restored</source>
        <translation>відновлено завдань</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="164" />
        <source>measures restored</source>
        <translation>відновлено заходів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="165" />
        <source>measures retired</source>
        <translation>виключено заходів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="166" />
        <source>tasks retired</source>
        <translation>виключено завдань</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="167" />
        <source>sectors retired</source>
        <translation>виключено напрямів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="168" />
        <source>priorities retired</source>
        <translation>виключено пріоритетів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="174" />
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="175" />
        <source>Sector</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="176" />
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="183" />
        <source>renamed</source>
        <translation>перейменовано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="185" />
        <source>moved</source>
        <translation>перенесено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="210" />
        <source>Nothing was imported yet: say for each uncertain matching (the Uncertain tab) whether it is the same measure, then press Import with these answers.</source>
        <translation>Поки що нічого не імпортовано: укажіть для кожного невизначеного зіставлення (вкладка «Невизначені»), чи це той самий захід, і натисніть «Імпортувати з цими відповідями».</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="216" />
        <source>The plan, checked: nothing was changed yet. Say for each uncertain matching (the Uncertain tab) whether it is the same measure, then press Apply.</source>
        <translation>План перевірено: нічого ще не змінено. Укажіть для кожного невизначеного зіставлення (вкладка «Невизначені»), чи це той самий захід, і натисніть «Застосувати».</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="222" />
        <source>The plan, checked: nothing was changed yet. Press Apply to make these changes.</source>
        <translation>План перевірено: нічого ще не змінено. Натисніть «Застосувати», щоб внести ці зміни.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="226" />
        <source>The store already held exactly this; nothing changed.</source>
        <translation>Сховище вже містило саме це; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="229" />
        <source>Imported {0}.</source>
        <translation>Імпортовано {0}.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="230" />
        <source>Applied to the programme of {0}.</source>
        <translation>Застосовано до програми {0} року.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="235" />
        <source>Measures in the file</source>
        <translation>Заходів у файлі</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="241" />
        <source>Repairs</source>
        <translation>Виправлення</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="242" />
        <source>New executive bodies</source>
        <translation>Нові виконавчі органи</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="243" />
        <source>Suspected duplicate bodies</source>
        <translation>Можливі дублікати органів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="251" />
        <source>{0} priorities, {1} sectors, {2} measures</source>
        <translation>пріоритетів: {0}, напрямів: {1}, заходів: {2}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="260" />
        <location filename="../zhdesk/gui/import_outcome.py" line="263" />
        <source>nothing</source>
        <translation>нічого</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="266" />
        <source>Created: {0}. Changed: {1}.</source>
        <translation>Створено: {0}. Змінено: {1}.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="272" />
        <source>Linked to the programme of {0}: {1} measures ({2} to check)</source>
        <translation>Пов'язано з програмою {0} року: заходів {1} (перевірити: {2})</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="280" />
        <source>Linked {0} measures of the programme of {1} to these measures</source>
        <translation>З цими заходами пов'язано заходів програми {1} року: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="285" />
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="288" />
        <source>Text after the footnote (the signature block), not imported: {0}</source>
        <translation>Текст після виноски (блок підпису), не імпортовано: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="309" />
        <source>A report import keeps the programme as the store has it; where the file differs, its texts were imported and the programme kept (amend it with File → Import a programme… if the file is right):</source>
        <translation>Імпорт звіту не змінює програму у сховищі; там, де файл відрізняється, імпортовано тексти, а програму збережено (якщо файл правильний, змініть її через Файл → Імпортувати програму…):</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="352" />
        <source>left out of the reports from {0} on; texts and history kept</source>
        <translation>не входять до звітів з {0}; тексти та історію збережено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="356" />
        <source>after the year's last report; texts and history kept</source>
        <translation>після останнього звіту року; тексти та історію збережено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="363" />
        <source>In the store but not in this file (kept)</source>
        <translation>Є у сховищі, але немає в цьому файлі (збережено)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_outcome.py" line="372" />
        <source>Priorities, sectors and tasks</source>
        <translation>Пріоритети, напрями та завдання</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="31" />
        <source>line</source>
        <translation>рядок</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="32" />
        <source>column</source>
        <translation>стовпець</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="33" />
        <source>table</source>
        <translation>таблиця</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="34" />
        <source>row</source>
        <translation>рядок</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="35" />
        <source>cell</source>
        <translation>клітинка</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="36" />
        <source>sheet</source>
        <translation>аркуш</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="37" />
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="38" />
        <source>workbook</source>
        <translation>книга</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="47" />
        <source>separator row of dashes removed</source>
        <translation>рядок-роздільник із рисок вилучено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="48" />
        <source>repeated header row skipped</source>
        <translation>повторений рядок заголовка пропущено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="50" />
        <source>the row had {0} cells instead of {1}: the leading empty cell was missing and every column was shifted left; columns restored</source>
        <translation>у рядку {0} клітинок замість {1}: бракувало першої порожньої клітинки, і всі стовпці зсунулися ліворуч; стовпці відновлено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="58" />
        <source>the row had {0} cells; the missing empty cells at its end added</source>
        <translation>у рядку {0} клітинок; відсутні порожні клітинки в кінці додано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="64" />
        <source>the row continues the cells of measure {0} above; joined to them</source>
        <translation>рядок продовжує клітинки заходу {0} вище; приєднано до них</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="70" />
        <source>heading {0} stood in column {1}; read as a spanning row</source>
        <translation>заголовок {0} стояв у стовпці {1}; прочитано як рядок на всю ширину</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="74" />
        <source>priority {0} has no strategic goal line</source>
        <translation>пріоритет {0} не має рядка стратегічної цілі</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="78" />
        <source>sector title {0} is not bold; recognised as a sector</source>
        <translation>назву напряму {0} не виділено жирним; розпізнано як напрям</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="81" />
        <source>priority title {0} tidied to {1}</source>
        <translation>назву пріоритету {0} упорядковано: {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="83" />
        <source>the priority and its strategic goal were on one row; split into {0} and the goal {1}</source>
        <translation>пріоритет і його стратегічна ціль були в одному рядку; розділено на {0} і ціль {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="89" />
        <source>sector title {0} was fused into the task cell; split into a sector row</source>
        <translation>назву напряму {0} злито з клітинкою завдання; виділено в рядок напряму</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="94" />
        <source>a task without a number; numbered {0}</source>
        <translation>завдання без номера; пронумеровано {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="95" />
        <source>task number {0} had a trailing dot</source>
        <translation>номер завдання {0} мав крапку в кінці</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="97" />
        <source>task number {0} does not follow the sector's numbering (its measures are numbered {1}); renumbered to {2}</source>
        <translation>номер завдання {0} не відповідає нумерації напряму (його заходи мають номери {1}); перенумеровано на {2}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="105" />
        <source>the task numbering in the sector jumps to {0} (expected {1}); kept</source>
        <translation>нумерація завдань у напрямі перескакує на {0} (очікувалося {1}); залишено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="111" />
        <source>measure number {0} had no trailing dot; read as {1}</source>
        <translation>номер заходу {0} не мав крапки в кінці; прочитано як {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="115" />
        <source>no space after measure number {0}; read as {1}</source>
        <translation>немає пробілу після номера заходу {0}; прочитано як {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="119" />
        <source>measure {0} is numbered outside its task {1}; kept as published</source>
        <translation>захід {0} пронумеровано поза його завданням {1}; залишено як опубліковано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="125" />
        <source>the six-column report table was read as the programme; column 5 (Виконання заходів) ignored: {0} texts</source>
        <translation>шестистовпцеву таблицю звіту прочитано як програму; стовпець 5 (Виконання заходів) пропущено, текстів: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="132" />
        <source>{0} blank rows skipped (lines {1})</source>
        <translation>пропущено порожніх рядків: {0} (рядки {1})</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="133" />
        <source>priority {0} has no sectors</source>
        <translation>пріоритет {0} не має напрямів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="134" />
        <source>sector {0} has no measures</source>
        <translation>напрям {0} не має заходів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="136" />
        <source>text outside the table's columns read as a table row</source>
        <translation>текст поза стовпцями таблиці прочитано як рядок таблиці</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="139" />
        <source>read in the {0} encoding (not UTF-8)</source>
        <translation>прочитано в кодуванні {0} (не UTF-8)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="141" />
        <source>{0} line separators (U+2028, U+2029, NEL, VT or FF) inside a cell read as line breaks in it</source>
        <translation>роздільники рядків (U+2028, U+2029, NEL, VT або FF) у клітинці, {0}, прочитано як розриви рядка в ній</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="150" />
        <source>the cell held a formula ({0}); its shown value was imported</source>
        <translation>клітинка містила формулу ({0}); імпортовано показане значення</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="147" />
        <location filename="../zhdesk/gui/import_words.py" line="148" />
        <source>read sheet {0}; skipped {1}</source>
        <translation>прочитано аркуш {0}; пропущено {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="306" />
        <source>{0} measures of the store are not in this file; they are kept</source>
        <translation>заходів сховища, яких немає в цьому файлі: {0}; їх збережено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="310" />
        <source>the title names {1} ({0}), but the import is for {2}</source>
        <translation>назва файлу називає період {1} ({0}), а імпорт — за {2}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="314" />
        <source>{0} of the retired measures have texts in the {1} report; retired from {2} on, they are left out of it (their texts are kept)</source>
        <translation>виключені заходи, що мають тексти у звіті {1}: {0}; виключені з {2}, вони не ввійдуть до нього (їхні тексти збережено)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="172" />
        <source>the file is empty</source>
        <translation>файл порожній</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="159" />
        <source>this is a folder, not a file</source>
        <translation>це тека, а не файл</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="171" />
        <source>the file cannot be read: {0}</source>
        <translation>файл не вдається прочитати: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="167" />
        <source>the file is {0} MB; an official table is at most {1} MB</source>
        <translation>файл має {0} МБ; офіційна таблиця — щонайбільше {1} МБ</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="185" />
        <source>an old Excel/Word format (.xls/.doc): save it as .xlsx or .docx first</source>
        <translation>старий формат Excel/Word (.xls/.doc): спершу збережіть файл як .xlsx або .docx</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="191" />
        <source>a zip archive that is neither an XLSX workbook nor a DOCX document</source>
        <translation>zip-архів, який не є ні книгою XLSX, ні документом DOCX</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="197" />
        <source>not a valid {0} file (cut short or damaged)</source>
        <translation>це не справний файл {0} (обрізаний або пошкоджений)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="200" />
        <source>a damaged or cut short {0} file</source>
        <translation>пошкоджений або обрізаний файл {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="183" />
        <source>a damaged {0} file ({1})</source>
        <translation>пошкоджений файл {0} ({1})</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="213" />
        <source>binary data, not a text table (TXT/TSV), an XLSX or a DOCX file</source>
        <translation>двійкові дані, а не текстова таблиця (TXT/TSV), файл XLSX чи DOCX</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="218" />
        <source>not valid UTF-8 text (save the file as UTF-8)</source>
        <translation>текст не в UTF-8 (збережіть файл у кодуванні UTF-8)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="209" />
        <source>damaged UTF-16 text (save the file as UTF-8)</source>
        <translation>пошкоджений текст UTF-16 (збережіть файл у кодуванні UTF-8)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="219" />
        <source>a control character in the text</source>
        <translation>керівний символ у тексті</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="281" />
        <source>not the approved programme: no header row (№ з/п · Завдання · Заходи · Відповідальний виконавець · Назва програми …) was found</source>
        <translation>це не затверджена програма: не знайдено рядка заголовка (№ з/п · Завдання · Заходи · Відповідальний виконавець · Назва програми …)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="289" />
        <source>not the official table: no header row (№ з/п · Завдання · Заходи · Відповідальний виконавець · Виконання заходів · Назва програми …) was found</source>
        <translation>це не офіційна таблиця: не знайдено рядка заголовка (№ з/п · Завдання · Заходи · Відповідальний виконавець · Виконання заходів · Назва програми …)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="296" />
        <source>the table has a header but no measures</source>
        <translation>таблиця має заголовок, але не має заходів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="232" />
        <source>a row with no task and no measure: {0}</source>
        <translation>рядок без завдання і без заходу: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="154" />
        <source>the cell held a formula with no computed value; its text {0} was imported</source>
        <translation>клітинка містила формулу без обчисленого значення; імпортовано її текст {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="161" />
        <source>not a regular file (a pipe, a device or a socket): choose a saved file</source>
        <translation>це не звичайний файл (канал, пристрій або сокет): виберіть збережений файл</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="170" />
        <source>the file is larger than {0} MB</source>
        <translation>файл більший за {0} МБ</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="174" />
        <source>a sheet can be chosen in an XLSX workbook only; this is a {0} file</source>
        <translation>аркуш можна вибрати лише в книзі XLSX; це файл {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="180" />
        <source>the {0} file is nested too deeply to be a table</source>
        <translation>файл {0} має завелику вкладеність, щоб бути таблицею</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="201" />
        <source>unpacks to more than 256 MB (a zip bomb?)</source>
        <translation>розпаковується більш ніж у 256 МБ (zip-бомба?)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="202" />
        <source>compressed {0}:1 (a zip bomb?)</source>
        <translation>стиснуто у {0}:1 (zip-бомба?)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="203" />
        <source>a damaged part of the archive ({0})</source>
        <translation>пошкоджена частина архіву ({0})</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="205" />
        <source>XML with a DTD or entities is refused (an XML bomb?)</source>
        <translation>XML із DTD або сутностями не приймається (XML-бомба?)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="221" />
        <source>no sheet {0} in the workbook; its sheets are {1}</source>
        <translation>у книзі немає аркуша {0}; її аркуші: {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="235" />
        <source>{0} columns; the table has {1}</source>
        <translation>стовпців: {0}; у таблиці їх {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="237" />
        <source>sector {0} comes before any priority row</source>
        <translation>напрям {0} стоїть раніше за будь-який рядок пріоритету</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="240" />
        <source>sector {0} appears twice in {1}</source>
        <translation>напрям {0} трапляється двічі в {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="241" />
        <source>a measure row before any task</source>
        <translation>рядок заходу раніше за будь-яке завдання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="243" />
        <source>the measure's cell (column 3) is empty</source>
        <translation>клітинка заходу (стовпець 3) порожня</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="246" />
        <source>a task before any sector row</source>
        <translation>завдання раніше за будь-який рядок напряму</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="247" />
        <source>task number {0} is not a number</source>
        <translation>номер завдання {0} — не число</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="248" />
        <source>task {0} has no text</source>
        <translation>завдання {0} не має тексту</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="249" />
        <source>task {0} appears twice in sector {1}</source>
        <translation>завдання {0} трапляється двічі в напрямі {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="251" />
        <source>the measure does not start with its number (like 1.1.): {0}</source>
        <translation>захід не починається зі свого номера (на кшталт 1.1.): {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="254" />
        <source>measure {0} appears twice in task {1}</source>
        <translation>захід {0} трапляється двічі в завданні {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="256" />
        <source>wrong columns: the approved programme has 5 ({0}); the six-column report table is read too</source>
        <translation>не ті стовпці: затверджена програма має 5 ({0}); таблицю звіту з шістьма стовпцями теж можна прочитати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="263" />
        <source>wrong columns: the official table has 6 ({0})</source>
        <translation>не ті стовпці: офіційна таблиця має 6 ({0})</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="267" />
        <source>wrong columns: the official table has 6 ({0}); this looks like the approved programme: import it with File → Import a programme…</source>
        <translation>не ті стовпці: офіційна таблиця має 6 ({0}); схоже, це затверджена програма: імпортуйте її через Файл → Імпортувати програму…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="275" />
        <source>a row starting with * (read as the footnote) stands inside the table</source>
        <translation>рядок, що починається з * (прочитаний як виноска), стоїть усередині таблиці</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="230" />
        <source>text far outside the table's columns</source>
        <translation>текст далеко за межами стовпців таблиці</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="225" />
        <source>sheets {0} both hold the official table; leave it in one of them</source>
        <translation>аркуші {0} обидва містять офіційну таблицю; залиште її лише на одному з них</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="323" />
        <source>{0}: the title names the programme of {1}, not of {2}</source>
        <translation>{0}: назва файлу називає програму на {1} рік, а не на {2}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="327" />
        <source>{0}: the title names {2}, not a period of {3}</source>
        <translation>{0}: назва файлу називає період {2}, а не період {3} року</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="331" />
        <source>{0}: measure {1} is new in the file, but the programme already has a {2} there ({3}): the file follows an amended programme; import it with File → Import a programme… first, then the report</source>
        <translation>{0}: захід {1} у файлі новий, але в програмі там уже є {2} ({3}): файл відповідає зміненій програмі; спершу імпортуйте її (Файл → Імпортувати програму…), потім звіт</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="339" />
        <source>the programme changed while this file was being matched (another import or edit at the same time?); nothing was written: try again</source>
        <translation>програма змінилася, поки файл зіставлявся (водночас інший імпорт чи редагування?); нічого не записано: спробуйте ще раз</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="347" />
        <source>some matchings are still uncertain: confirm or reject each of them</source>
        <translation>деякі зіставлення ще невизначені: підтвердьте або відхиліть кожне</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="354" />
        <source>{0} has already been issued form packages or has sent submissions; merging it now would invalidate them</source>
        <translation>{0} уже отримав бланки або надіслав подання; об'єднання зараз зробило б їх недійсними</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="362" />
        <source>these are already the same executive body</source>
        <translation>це вже той самий виконавчий орган</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="395" />
        <source>the whole file</source>
        <translation>файл загалом</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="397" />
        <source>{0} was not imported; nothing was changed.
Where: {1}
What is wrong: {2}</source>
        <translation>{0} не імпортовано; нічого не змінено.
Де: {1}
Що не так: {2}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="403" />
        <source>The file was not imported; nothing was changed.
{0}</source>
        <translation>Файл не імпортовано; нічого не змінено.
{0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_words.py" line="409" />
        <source>The executive bodies were not changed: {0}</source>
        <translation>Виконавчі органи не змінено: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="93" />
        <source>Opening the store…</source>
        <translation>Відкриваю сховище…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="211" />
        <source>{0} measures</source>
        <translation>Заходів: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="431" />
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="433" />
        <source>Some text could not be saved to the store. The window stays open so that nothing is lost; check the store (disk, network) and close again.</source>
        <translation>Частину тексту не вдалося зберегти у сховище. Вікно лишається відкритим, щоб нічого не загубилося; перевірте сховище (диск, мережу) і закрийте ще раз.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="186" />
        <location filename="../zhdesk/gui/main_window.py" line="262" />
        <source>Could not open the store: {0}</source>
        <translation>Не вдалося відкрити сховище: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="164" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="165" />
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="275" />
        <source>Filled {0} of {1}</source>
        <translation>Заповнено {0} з {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="289" />
        <source>Problems ({0})</source>
        <translation>Проблеми ({0})</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="380" />
        <source>Saved at {0}</source>
        <translation>Збережено о {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="6" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="11" />
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="135" />
        <location filename="../zhdesk/resources/forms/main_window.ui" line="12" />
        <source>Reporting period</source>
        <translation>Звітний період</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="13" />
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="14" />
        <source>Which measures to show</source>
        <translation>Які заходи показати</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="15" />
        <source>Search measures and texts</source>
        <translation>Пошук у заходах і текстах</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="16" />
        <source>Filled measures</source>
        <translation>Заповнені заходи</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="23" />
        <source>Programme measures</source>
        <translation>Заходи програми</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="35" />
        <source>Previous period:</source>
        <translation>Попередній період:</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="37" />
        <source>Copy into this period</source>
        <translation>Скопіювати в цей період</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="40" />
        <source>Text of the previous period</source>
        <translation>Текст попереднього періоду</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="41" />
        <source>Comments and conflicts for this measure</source>
        <translation>Зауваження та розбіжності щодо заходу</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="42" />
        <source>What was done in the period:</source>
        <translation>Що зроблено за період:</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="43" />
        <source>Execution text</source>
        <translation>Текст виконання</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="44" />
        <source>Problems of this measure</source>
        <translation>Проблеми цього заходу</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="289" />
        <location filename="../zhdesk/resources/forms/main_window.ui" line="54" />
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="57" />
        <source>All problems</source>
        <translation>Усі проблеми</translation>
    </message>
    <message>
        <location filename="../zhdesk/resources/forms/main_window.ui" line="59" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="283" />
        <location filename="../zhdesk/gui/language.py" line="68" />
        <location filename="../zhdesk/gui/settings_dialog.py" line="469" />
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/language.py" line="69" />
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/language.py" line="93" />
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/language.py" line="94" />
        <source>The language changes the next time zhdesk starts.</source>
        <translation>Мову буде змінено під час наступного запуску zhdesk.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/window_title.py" line="46" />
        <source> — read-only</source>
        <translation> — лише для читання</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <location filename="../zhdesk/gui/import_decisions.py" line="43" />
        <source>{0:.0%} alike</source>
        <translation>схожість {0:.0%}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_decisions.py" line="44" />
        <source>In the file: {0}</source>
        <translation>У файлі: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_decisions.py" line="45" />
        <source>In the store: {0}</source>
        <translation>У сховищі: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_decisions.py" line="55" />
        <source>The same measure (its texts and history follow it)</source>
        <translation>Той самий захід (його тексти та історія зберігаються)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_decisions.py" line="57" />
        <source>Different measures: the file's is added, the store's is retired</source>
        <translation>Різні: захід з файлу новий, захід сховища виключається</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/import_decisions.py" line="59" />
        <source>Different measures: the file's is added as a new one</source>
        <translation>Різні: захід з файлу додається як новий</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../zhdesk/gui/programme_dialogs.py" line="87" />
        <source>To:</source>
        <translation>Куди:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_dialogs.py" line="91" />
        <source>Place:</source>
        <translation>Місце:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_dialogs.py" line="95" />
        <source>Number there:</source>
        <translation>Номер там:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_dialogs.py" line="98" />
        <source>Move</source>
        <translation>Перемістити</translation>
    </message>
</context>
<context>
    <name>Moves</name>
    <message>
        <location filename="../zhdesk/gui/programme_moves.py" line="49" />
        <source>after {0} {1}</source>
        <translation>після {0} {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_moves.py" line="50" />
        <source>at the end of the task</source>
        <translation>у кінці завдання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_moves.py" line="57" />
        <source>Move the measure</source>
        <translation>Перемістити захід</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_moves.py" line="58" />
        <source>Where should the {0} stand?</source>
        <translation>Де має стояти {0}?</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_moves.py" line="70" />
        <location filename="../zhdesk/gui/programme_moves.py" line="88" />
        <location filename="../zhdesk/gui/programme_moves.py" line="100" />
        <source>Moving</source>
        <translation>Переміщую</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_moves.py" line="80" />
        <source>To which sector should the {0} go (with its measures, at the sector's end)?</source>
        <translation>До якого напряму перенести {0} (разом із заходами, у кінець напряму)?</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_moves.py" line="82" />
        <source>Move the task</source>
        <translation>Перемістити завдання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_moves.py" line="93" />
        <source>To which priority should the {0} go (with its tasks, at the priority's end)?</source>
        <translation>До якого пріоритету перенести {0} (разом із завданнями, у кінець пріоритету)?</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_moves.py" line="95" />
        <source>Move the sector</source>
        <translation>Перемістити напрям</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_moves.py" line="115" />
        <source>Retire the {0} from the programme?</source>
        <translation>Виключити з програми {0}?</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_moves.py" line="117" />
        <source>Retire the {0} from the programme, with its measures ({1})?</source>
        <translation>Виключити з програми {0} разом із його заходами ({1})?</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_moves.py" line="118" />
        <source>Retire from the programme</source>
        <translation>Виключити з програми</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_moves.py" line="127" />
        <source>Retiring</source>
        <translation>Виключаю</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../zhdesk/gui/navigator.py" line="55" />
        <source>All measures</source>
        <translation>Усі заходи</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator.py" line="55" />
        <source>Not filled</source>
        <translation>Не заповнені</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator.py" line="55" />
        <source>With problems</source>
        <translation>З проблемами</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator.py" line="55" />
        <source>With comments</source>
        <translation>З зауваженнями</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator.py" line="59" />
        <source>Measures with the coordinator's comment or a conflict</source>
        <translation>Заходи із зауваженням координатора або розбіжністю</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator.py" line="61" />
        <source>Search (Ctrl+F)</source>
        <translation>Пошук (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator.py" line="150" />
        <source>Nothing found for «{0}».
Esc clears the search.</source>
        <translation>Нічого не знайдено за «{0}».
Esc очищує пошук.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator.py" line="152" />
        <source>No measures to show with this filter.</source>
        <translation>З цим фільтром немає заходів для показу.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator.py" line="247" />
        <source>Every measure shown is filled.</source>
        <translation>Усі показані заходи заповнено.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator.py" line="250" />
        <source>This is the last measure not filled yet.</source>
        <translation>Це останній незаповнений захід.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator_model.py" line="32" />
        <source>not filled</source>
        <translation>не заповнено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator_model.py" line="33" />
        <source>filled</source>
        <translation>заповнено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator_model.py" line="34" />
        <source>has errors (not counted as filled)</source>
        <translation>є помилки (не зараховано як заповнений)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator_model.py" line="35" />
        <source>has warnings</source>
        <translation>є попередження</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator_model.py" line="36" />
        <source>the coordinator's comment</source>
        <translation>зауваження координатора</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator_model.py" line="37" />
        <source>a conflict of texts</source>
        <translation>розбіжність текстів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator_model.py" line="276" />
        <source>Measures</source>
        <translation>Заходи</translation>
    </message>
</context>
<context>
    <name>NewPeriodDialog</name>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="45" />
        <source>New reporting period</source>
        <translation>Новий звітний період</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="54" />
        <source>{0} (already open)</source>
        <translation>{0} (уже відкрито)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="58" />
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="59" />
        <source>&amp;Deadline for the submissions:</source>
        <translation>&amp;Термін подання:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="72" />
        <source>Bodies that report (each is issued a form). Unticked: a co-executor only (an NGO, a utility, a fund), whose part you may type yourself.</source>
        <translation>Органи, що звітують (кожному видається бланк). Без позначки — лише співвиконавець (громадська організація, комунальне підприємство, фонд), чию частину ви можете вписати самі.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="79" />
        <source>Find a body</source>
        <translation>Знайти орган</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="88" />
        <source>{0} — measures: {1}</source>
        <translation>{0} — заходів: {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="99" />
        <source>Open the period</source>
        <translation>Відкрити період</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="100" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="133" />
        <source>Reporting: {0} of {1}</source>
        <translation>Звітних: {0} з {1}</translation>
    </message>
</context>
<context>
    <name>OfficerHeader</name>
    <message>
        <location filename="../zhdesk/gui/officer_header.py" line="35" />
        <source>Deadline: {0}, days left: {1}</source>
        <translation>Термін: {0}, залишилось днів: {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/officer_header.py" line="37" />
        <source>Deadline: {0}, today is the last day</source>
        <translation>Термін: {0}, сьогодні останній день</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/officer_header.py" line="38" />
        <source>The deadline {0} has passed, days late: {1}</source>
        <translation>Термін {0} минув, прострочено днів: {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/officer_header.py" line="61" />
        <source>The form: body, period, deadline, progress</source>
        <translation>Форма: виконавчий орган, період, термін, заповнення</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/officer_header.py" line="63" />
        <source>Make the submission</source>
        <translation>Сформувати подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/officer_header.py" line="66" />
        <source>Check the texts and save the submission file for the coordinator (Ctrl+Shift+S)</source>
        <translation>Перевірити тексти й зберегти файл подання для координатора (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/officer_header.py" line="102" />
        <source>Filled {0} of {1}, errors {2}</source>
        <translation>Заповнено {0} з {1}, помилок {2}</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../zhdesk/gui/operations.py" line="126" />
        <location filename="../zhdesk/gui/operations.py" line="154" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/operations.py" line="268" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
</context>
<context>
    <name>PairRow</name>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="64" />
        <source>The names differ only in letter case, quotes or punctuation.</source>
        <translation>Назви відрізняються лише регістром літер, лапками чи розділовими знаками.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="66" />
        <source>The names are spelt almost the same (a typo or an abbreviation?).</source>
        <translation>Назви написано майже однаково (описка чи скорочення?).</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="76" />
        <source>Merge</source>
        <translation>Об'єднати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="78" />
        <source>Keep the chosen body; the other's name becomes its alias</source>
        <translation>Залишити вибраний орган; назва іншого стане його другою назвою</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="79" />
        <source>They are different</source>
        <translation>Це різні</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="81" />
        <source>Remembered: this pair is not suggested again</source>
        <translation>Запам'ятовується: цю пару більше не буде запропоновано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/duplicates_dialog.py" line="93" />
        <source>Keep {0}</source>
        <translation>Залишити {0}</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../zhdesk/gui/period_words.py" line="22" />
        <source>for Q1 {0}</source>
        <translation>за І квартал {0} року</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/period_words.py" line="23" />
        <source>for H1 {0}</source>
        <translation>за І півріччя {0} року</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/period_words.py" line="24" />
        <source>for the 9 months of {0}</source>
        <translation>за 9 місяців {0} року</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/period_words.py" line="25" />
        <source>for the year {0}</source>
        <translation>за {0} рік</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../zhdesk/gui/printing.py" line="82" />
        <source>Export the report…</source>
        <translation>Експортувати звіт…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/printing.py" line="84" />
        <source>Print preview…</source>
        <translation>Попередній перегляд друку…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/printing.py" line="86" />
        <source>Print…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/printing.py" line="104" />
        <source>Preparing the report…</source>
        <translation>Готую звіт…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/printing.py" line="140" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/printing.py" line="120" />
        <source>Export the report</source>
        <translation>Експорт звіту</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/printing.py" line="120" />
        <source>PDF (*.pdf);;Excel (*.xlsx);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx);;Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/printing.py" line="126" />
        <source>The report is saved: {0}</source>
        <translation>Звіт збережено: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/printing.py" line="140" />
        <source>The report could not be prepared.</source>
        <translation>Не вдалося підготувати звіт.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/printing.py" line="150" />
        <source>Print preview</source>
        <translation>Попередній перегляд друку</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="31" />
        <source>the execution is not filled in. Describe what was done in the reporting period.</source>
        <translation>не заповнено виконання. Опишіть, що зроблено за звітний період.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="34" />
        <source>«{0}» says nothing. Describe what exactly was done.</source>
        <translation>«{0}» нічого не повідомляє. Опишіть, що саме зроблено.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="35" />
        <source>the text is too short ({0} characters). Describe the execution more fully.</source>
        <translation>текст надто короткий ({0} симв.). Опишіть виконання повніше.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="38" />
        <source>a hidden control character (code {0}) at position {1}. Delete it or type the text again.</source>
        <translation>прихований керуючий символ (код {0}) на позиції {1}. Видаліть його або наберіть текст заново.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="41" />
        <source>the text is the same as in the previous reporting period. Update it.</source>
        <translation>текст збігається з попереднім звітним періодом. Оновіть його.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="44" />
        <source>the date {0} does not exist. Check it.</source>
        <translation>дата {0} не існує. Перевірте її.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="45" />
        <source>the date {0} is later than the end of the reporting period ({1}). Check it.</source>
        <translation>дата {0} пізніша за кінець звітного періоду ({1}). Перевірте її.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="48" />
        <source>the word «{0}» mixes Latin and Cyrillic letters (often after copying). Type the word again.</source>
        <translation>у слові «{0}» змішано латинські й кириличні літери (часто після копіювання). Наберіть слово заново.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="51" />
        <source>double spaces at position {0}. Remove the extra.</source>
        <translation>подвійні пробіли на позиції {0}. Приберіть зайве.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="52" />
        <source>a doubled mark «{0}» at position {1}. Remove the extra.</source>
        <translation>подвійний знак «{0}» на позиції {1}. Приберіть зайве.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="55" />
        <source>an odd number of quotation marks ". Check that every quotation mark is closed.</source>
        <translation>непарна кількість лапок ". Перевірте, чи всі лапки закрито.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="58" />
        <source>the numbers of «{0}» and «{1}» differ. Check the brackets and quotation marks.</source>
        <translation>не збігається кількість «{0}» і «{1}». Перевірте дужки й лапки.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="61" />
        <source>the text is very long ({0} characters). Shorten it to the essentials.</source>
        <translation>текст дуже довгий ({0} симв.). Скоротіть до суті.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="64" />
        <source>a possible spelling mistake in the word «{0}». Correct it or add it to the dictionary.</source>
        <translation>можлива орфографічна помилка в слові «{0}». Виправте його або додайте до словника.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="67" />
        <source>the funding «{0}» is written with a point. Write it with a decimal comma: {1}.</source>
        <translation>обсяг фінансування «{0}» записано з крапкою. Пишіть з десятковою комою: {1}.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/problem_words.py" line="21" />
        <location filename="../zhdesk/gui/problem_words.py" line="83" />
        <location filename="../zhdesk/gui/problems_panel.py" line="42" />
        <source>Measure {0}: {1}</source>
        <translation>Захід {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../zhdesk/gui/problems_panel.py" line="101" />
        <source>No problems</source>
        <translation>Проблем немає</translation>
    </message>
</context>
<context>
    <name>ProgrammeCard</name>
    <message>
        <location filename="../zhdesk/gui/programme_card.py" line="80" />
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_card.py" line="81" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialogs</name>
    <message>
        <location filename="../zhdesk/gui/programme_dialogs.py" line="38" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditing</name>
    <message>
        <location filename="../zhdesk/gui/programme_editing.py" line="72" />
        <source>&amp;Programme</source>
        <translation>&amp;Програма</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_editing.py" line="75" />
        <source>Undo the last change</source>
        <translation>Скасувати останню зміну</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_editing.py" line="205" />
        <source>The store is read-only: the programme cannot be changed here.</source>
        <translation>Сховище лише для читання: програму тут не змінити.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_editing.py" line="207" />
        <source>The programme is not read yet.</source>
        <translation>Програму ще не прочитано.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_editing.py" line="216" />
        <source>Restore retired…</source>
        <translation>Відновити виключене…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_editing.py" line="260" />
        <source>Nothing changed in the programme.</source>
        <translation>У програмі нічого не змінилося.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_editing.py" line="262" />
        <source> (and {0} more)</source>
        <translation> (і ще {0})</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_editing.py" line="269" />
        <source>A new executive body: {0} (see the dashboard's bodies)</source>
        <translation>Новий виконавчий орган: {0} (див. органи на панелі координатора)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_editing.py" line="276" />
        <source>Programme</source>
        <translation>Програма</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_editing.py" line="286" />
        <source>No change of the programme to undo.</source>
        <translation>Немає зміни програми, яку можна скасувати.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_editing.py" line="305" />
        <source>Undoing the last change</source>
        <translation>Скасовую останню зміну</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_editing.py" line="323" />
        <source>Restoring</source>
        <translation>Відновлюю</translation>
    </message>
</context>
<context>
    <name>ProgrammeForms</name>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="62" />
        <source>left out of the reports from the one {0} on</source>
        <translation>не входить до звітів, починаючи зі звіту {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="66" />
        <source>left out after the year's last report</source>
        <translation>не входить до звітів після останнього звіту року</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="102" />
        <source>New priority…</source>
        <translation>Новий пріоритет…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="107" />
        <source>Edit the measure…</source>
        <translation>Змінити захід…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="109" />
        <source>New measure after this one…</source>
        <translation>Новий захід після цього…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="112" />
        <source>Move the measure…</source>
        <translation>Перемістити захід…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="113" />
        <source>Retire the measure…</source>
        <translation>Виключити захід…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="117" />
        <source>Edit the task…</source>
        <translation>Змінити завдання…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="119" />
        <source>New measure in this task…</source>
        <translation>Новий захід у цьому завданні…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="123" />
        <source>New task after this one…</source>
        <translation>Нове завдання після цього…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="127" />
        <source>Move the task to another sector…</source>
        <translation>Перенести завдання до іншого напряму…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="130" />
        <source>Retire the task…</source>
        <translation>Виключити завдання…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="134" />
        <source>Rename the sector…</source>
        <translation>Перейменувати напрям…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="136" />
        <source>New task in this sector…</source>
        <translation>Нове завдання в цьому напрямі…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="140" />
        <source>New sector after this one…</source>
        <translation>Новий напрям після цього…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="144" />
        <source>Move the sector to another priority…</source>
        <translation>Перенести напрям до іншого пріоритету…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="147" />
        <source>Retire the sector…</source>
        <translation>Виключити напрям…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="150" />
        <source>Edit the priority…</source>
        <translation>Змінити пріоритет…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="152" />
        <source>New sector in this priority…</source>
        <translation>Новий напрям у цьому пріоритеті…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="156" />
        <source>New priority after this one…</source>
        <translation>Новий пріоритет після цього…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="159" />
        <source>Retire the priority…</source>
        <translation>Виключити пріоритет…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="170" />
        <location filename="../zhdesk/gui/programme_forms.py" line="188" />
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="171" />
        <location filename="../zhdesk/gui/programme_forms.py" line="242" />
        <source>Measure:</source>
        <translation>Захід:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="173" />
        <location filename="../zhdesk/gui/programme_forms.py" line="243" />
        <source>Executors (column 4):</source>
        <translation>Відповідальні виконавці (графа 4):</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="175" />
        <location filename="../zhdesk/gui/programme_forms.py" line="244" />
        <source>Programme or funding:</source>
        <translation>Програма або фінансування:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="189" />
        <location filename="../zhdesk/gui/programme_forms.py" line="308" />
        <location filename="../zhdesk/gui/programme_forms.py" line="351" />
        <location filename="../zhdesk/gui/programme_forms.py" line="382" />
        <source>Task:</source>
        <translation>Завдання:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="201" />
        <location filename="../zhdesk/gui/programme_forms.py" line="349" />
        <location filename="../zhdesk/gui/programme_forms.py" line="380" />
        <source>Sector:</source>
        <translation>Напрям:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="213" />
        <location filename="../zhdesk/gui/programme_forms.py" line="378" />
        <source>Priority:</source>
        <translation>Пріоритет:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="214" />
        <location filename="../zhdesk/gui/programme_forms.py" line="379" />
        <source>Strategic goal:</source>
        <translation>Стратегічна ціль:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="225" />
        <source>Editing the {0}</source>
        <translation>Редагування: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="229" />
        <source>Saving the programme</source>
        <translation>Зберігаю програму</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="241" />
        <source>Measure number:</source>
        <translation>Номер заходу:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="247" />
        <source>In the reports from:</source>
        <translation>У звітах починаючи з:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="274" />
        <source>Adding to the programme</source>
        <translation>Додаю до програми</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="283" />
        <source>after {0}</source>
        <translation>після {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="285" />
        <source>at the end</source>
        <translation>у кінці</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="287" />
        <source>A new measure in task {0} «{1}», {2}</source>
        <translation>Новий захід у завданні {0} «{1}», {2}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="307" />
        <location filename="../zhdesk/gui/programme_forms.py" line="350" />
        <location filename="../zhdesk/gui/programme_forms.py" line="381" />
        <source>Task number:</source>
        <translation>Номер завдання:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="314" />
        <source>A new task in the sector «{0}», with its first measure</source>
        <translation>Нове завдання в напрямі «{0}» з його першим заходом</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="334" />
        <source>A new sector in {0}, with its first task and measure</source>
        <translation>Новий напрям у пріоритеті {0} з першим завданням і заходом</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_forms.py" line="362" />
        <source>A new priority of the {0} programme, with its first sector, task and measure</source>
        <translation>Новий пріоритет програми {0} року з першим напрямом, завданням і заходом</translation>
    </message>
</context>
<context>
    <name>ProgrammeWords</name>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="29" />
        <source>measure</source>
        <translation>захід</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="30" />
        <source>task</source>
        <translation>завдання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="31" />
        <source>sector</source>
        <translation>напрям</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="32" />
        <source>priority</source>
        <translation>пріоритет</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="39" />
        <source>the measure number</source>
        <translation>номер заходу</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="40" />
        <source>the measure text</source>
        <translation>текст заходу</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="41" />
        <source>the task number</source>
        <translation>номер завдання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="42" />
        <source>the task name</source>
        <translation>назву завдання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="43" />
        <source>the sector name</source>
        <translation>назву напряму</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="44" />
        <source>the priority name</source>
        <translation>назву пріоритету</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="52" />
        <source> and </source>
        <translation> і </translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="62" />
        <source>the store refused the change; someone else may be editing the programme at the same time</source>
        <translation>сховище не прийняло зміну: можливо, хтось інший саме змінює програму</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="69" />
        <source>there is no such {0} in the store (was it changed in another window?)</source>
        <translation>такого об'єкта ({0}) у сховищі немає (можливо, його змінили в іншому вікні)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="75" />
        <source>{0} {1} is retired from the programme; restore it first (Programme → Restore retired…)</source>
        <translation>{0} {1} виключено з програми; спершу відновіть (Програма → Відновити виключене…)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="80" />
        <source>{0} is empty</source>
        <translation>не вказано {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="83" />
        <source>the measure number «{0}» is not digits separated by dots, like 1.2 or 1.2.1</source>
        <translation>номер заходу «{0}» — не цифри, розділені крапками (як 1.2 чи 1.2.1)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="89" />
        <source>the task number «{0}» is not digits only, like 3</source>
        <translation>номер завдання «{0}» має складатися лише з цифр (як 3)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="93" />
        <source>{0} is not a period of {1}: the item is in the {1} programme</source>
        <translation>{0} — не період {1} року, а це програма {1} року</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="99" />
        <source>measure number {0} is already used in task {1} by the measure «{2}»; renumber or retire it first</source>
        <translation>номер заходу {0} уже має в завданні {1} захід «{2}»; спершу змініть його номер або виключіть його</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="106" />
        <source>task number {0} is already used in the sector «{1}» by the task «{2}»; renumber or retire it first</source>
        <translation>номер завдання {0} уже має в напрямі «{1}» завдання «{2}»; спершу змініть його номер або виключіть його</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="113" />
        <source>the priority {0} already has the sector «{1}»; rename or retire that one first</source>
        <translation>пріоритет {0} уже має напрям «{1}»; спершу перейменуйте або виключіть той напрям</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="119" />
        <source>the {0} programme already has the priority {1}; rename or retire that one first</source>
        <translation>програма {0} року вже має пріоритет {1}; спершу перейменуйте або виключіть той пріоритет</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="125" />
        <source>{0} {1} is not in {2}</source>
        <translation>{0} {1} не належить до «{2}»</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="129" />
        <source>{0} {1} is in the {2} programme and {3} {4} in the {5} one: items move only within their year</source>
        <translation>{0} {1} — у програмі {2} року, а {3} {4} — у програмі {5} року: переносити можна лише в межах програми свого року</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="136" />
        <source>measure {0} cannot be put after itself</source>
        <translation>захід {0} не можна поставити після нього самого</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="140" />
        <source>{0} {1} is not retired</source>
        <translation>{0} {1} не виключено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="144" />
        <source>this {0} is retired already; there is nothing to take back</source>
        <translation>це ({0}) уже виключено; скасовувати нічого</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="148" />
        <source>the store holds no programme of {0}</source>
        <translation>у сховищі немає програми {0} року</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="153" />
        <source>measure {0} is numbered outside its task {1}; the number is kept as typed</source>
        <translation>захід {0} пронумеровано поза його завданням {1}; номер залишено, як введено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="159" />
        <source>the {0} annual report already holds texts; measure {1} is in every report of the year</source>
        <translation>річний звіт {0} року вже має тексти; захід {1} входить до всіх звітів року</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="166" />
        <source>measure {0} is in the reports from the one {1} on; the earlier ones stay as published</source>
        <translation>захід {0} входить до звітів, починаючи зі звіту {1}; попередні звіти залишаються такими, як їх оприлюднено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="173" />
        <source>its measures {0} are numbered outside task {1}: the report's import reads a task's number from its measures, so renumber them too</source>
        <translation>його заходи {0} пронумеровано поза завданням {1}: імпорт звіту визначає номер завдання за номерами заходів, тож змініть і їхні номери</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="181" />
        <source>its {0} was retired and is restored with it; what else is under it stays retired</source>
        <translation>разом із ним відновлено виключене: {0}; решта вкладеного залишається виключеною</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="187" />
        <source>its measures stay retired: restore each with Programme → Restore retired…</source>
        <translation>його заходи залишаються виключеними: відновіть кожен (Програма → Відновити виключене…)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="193" />
        <source>its tasks and measures stay retired: restore each with Programme → Restore retired…</source>
        <translation>його завдання й заходи залишаються виключеними: відновіть кожне (Програма → Відновити виключене…)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="199" />
        <source>its sectors, tasks and measures stay retired: restore each with Programme → Restore retired…</source>
        <translation>його напрями, завдання й заходи залишаються виключеними: відновіть кожен (Програма → Відновити виключене…)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="206" />
        <source>the programme of {0} was created</source>
        <translation>створено програму {0} року</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="216" />
        <source>{0}; or first restore the {1} with another one</source>
        <translation>{0}; або спершу відновіть {1} з іншим номером чи назвою</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="237" />
        <source>The programme was not changed: {0}</source>
        <translation>Програму не змінено: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="248" />
        <source>retired: left out of the reports from the one {0} on</source>
        <translation>виключено: не входить до звітів, починаючи зі звіту {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="252" />
        <source>retired after the year's last report</source>
        <translation>виключено після останнього звіту року</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="256" />
        <source>back to its place</source>
        <translation>на попереднє місце</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="257" />
        <source>to the end of its task</source>
        <translation>у кінець свого завдання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="260" />
        <source>moved {0}</source>
        <translation>переміщено {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="261" />
        <source>after {0}</source>
        <translation>після {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="267" />
        <source>added</source>
        <translation>додано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="268" />
        <source>renumbered {0}</source>
        <translation>новий номер {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="269" />
        <location filename="../zhdesk/gui/programme_words.py" line="307" />
        <source>re-worded</source>
        <translation>переформульовано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="270" />
        <source>executors: {0}</source>
        <translation>виконавці: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="271" />
        <location filename="../zhdesk/gui/programme_words.py" line="274" />
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="273" />
        <source>programme or funding: {0}</source>
        <translation>програма або фінансування: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="276" />
        <source>moved to task {0}</source>
        <translation>перенесено до завдання {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="277" />
        <source>moved to the sector «{0}»</source>
        <translation>перенесено до напряму «{0}»</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="278" />
        <source>moved to the priority {0}</source>
        <translation>перенесено до пріоритету {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="279" />
        <source>renamed «{0}»</source>
        <translation>нова назва «{0}»</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="280" />
        <source>given another strategic goal</source>
        <translation>змінено стратегічну ціль</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="281" />
        <source>restored</source>
        <translation>відновлено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="282" />
        <location filename="../zhdesk/gui/programme_words.py" line="312" />
        <source>linked to last year's measure</source>
        <translation>пов'язано із заходом минулого року</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="284" />
        <source>unlinked from last year's measure</source>
        <translation>зв'язок із заходом минулого року знято</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="297" />
        <source>by hand</source>
        <translation>вручну</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="299" />
        <source>imported with a report</source>
        <translation>імпортовано зі звітом</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="301" />
        <source>the approved programme or an amendment imported</source>
        <translation>імпортовано затверджену програму або зміни до неї</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="303" />
        <source>added to the programme</source>
        <translation>додано до програми</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="304" />
        <source>retired from the programme</source>
        <translation>виключено з програми</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="305" />
        <source>restored in the programme</source>
        <translation>відновлено в програмі</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="306" />
        <source>renumbered</source>
        <translation>перенумеровано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="308" />
        <source>moved to another task</source>
        <translation>перенесено до іншого завдання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="309" />
        <source>moved within its task</source>
        <translation>переміщено в межах завдання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="310" />
        <source>executors changed</source>
        <translation>змінено виконавців</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="311" />
        <source>programme or funding changed</source>
        <translation>змінено програму або фінансування</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="317" />
        <source>left out of the reports from the one {0} on</source>
        <translation>не входить до звітів, починаючи зі звіту {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="321" />
        <source>left out after the year's last report</source>
        <translation>не входить до звітів після останнього звіту року</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="325" />
        <source>retired from the report {0}</source>
        <translation>виключено зі звіту {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_words.py" line="329" />
        <source>retired</source>
        <translation>виключено</translation>
    </message>
</context>
<context>
    <name>ReceivedDialog</name>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="97" />
        <source>Submissions received</source>
        <translation>Отримані подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="101" />
        <source>What the submissions changed</source>
        <translation>Що змінили подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="120" />
        <source>Files: {0}; received: {1}; already there: {2}; rejected: {3}</source>
        <translation>Файлів: {0}; отримано: {1}; уже були: {2}; відхилено: {3}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="134" />
        <source>rejected, nothing was changed.</source>
        <translation>відхилено, нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="141" />
        <source>received before; nothing changed.</source>
        <translation>уже отримано раніше; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="145" />
        <source>{0}, submission no. {1}; measures changed: {2}</source>
        <translation>{0}, подання № {1}; змінено заходів: {2}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="157" />
        <source>{0} measures of the form were retired from the programme after it was issued; their texts were not applied.</source>
        <translation>Заходів бланка, виключених із програми після його видачі: {0}; їхні тексти не внесено.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="166" />
        <source>{0} measures of the form were given to other executors by an amendment after it was issued; their texts were not applied.</source>
        <translation>Заходів бланка, які зміни до програми передали іншим виконавцям після його видачі: {0}; їхні тексти не внесено.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="175" />
        <source>{0} measures keep your own text; the executors' text waits beside it in the card.</source>
        <translation>Заходів, де залишено ваш текст: {0}; текст виконавців показано поруч у картці заходу.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="184" />
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="186" />
        <source>Hide details</source>
        <translation>Сховати подробиці</translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="52" />
        <source>Community</source>
        <translation>Громада</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="53" />
        <source>Programme title</source>
        <translation>Назва програми</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="54" />
        <source>Footnote</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="55" />
        <source>Signatory's position</source>
        <translation>Посада підписанта</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="56" />
        <source>Signatory's name</source>
        <translation>Ім'я підписанта</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="57" />
        <source>Position of the head of {0}</source>
        <translation>Посада керівника {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="58" />
        <source>Name of the head of {0}</source>
        <translation>Ім'я керівника {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="61" />
        <source>fill it in.</source>
        <translation>заповніть це поле.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="62" />
        <source>write the given name and the surname, for example Вікторія Сичова.</source>
        <translation>напишіть власне ім'я та прізвище, наприклад Вікторія Сичова.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="65" />
        <source>write the given name in full, not initials: Вікторія Сичова, not В. Сичова.</source>
        <translation>напишіть власне ім'я повністю, а не ініціал: Вікторія Сичова, а не В. Сичова.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="68" />
        <source>a name holds only letters, an apostrophe, a hyphen and spaces.</source>
        <translation>ім'я може містити лише літери, апостроф, дефіс і пробіли.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="71" />
        <source>a name is printed under a position: fill in the position too.</source>
        <translation>ім'я друкується разом із посадою: заповніть і посаду.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="74" />
        <source>a position is printed with a name: fill in the name too.</source>
        <translation>посада друкується разом з ім'ям: заповніть і ім'я.</translation>
    </message>
</context>
<context>
    <name>ReportSettingsMenu</name>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="425" />
        <source>Report settings…</source>
        <translation>Параметри звіту…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="464" />
        <source>Report settings</source>
        <translation>Параметри звіту</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../zhdesk/gui/programme_dialogs.py" line="158" />
        <source>Restore retired</source>
        <translation>Відновити виключене</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_dialogs.py" line="163" />
        <source>Retired measures, tasks, sectors and priorities of the year. The one chosen comes back in its place with its texts and history (with its task, sector and priority when they are retired too).</source>
        <translation>Виключені заходи, завдання, напрями й пріоритети програми року. Вибране повертається на своє місце з текстами та історією (разом зі своїм завданням, напрямом і пріоритетом, якщо їх теж виключено).</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_dialogs.py" line="170" />
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_dialogs.py" line="184" />
        <source>Nothing of this year's programme is retired.</source>
        <translation>У програмі цього року нічого не виключено.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_dialogs.py" line="186" />
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../zhdesk/gui/programme_dialogs.py" line="134" />
        <source>Left out of the reports from:</source>
        <translation>Не включати до звітів, починаючи з:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_dialogs.py" line="139" />
        <source>Nothing is deleted: the texts and the history are kept, the earlier reports stay as they are, and Programme → Restore retired… brings it back.</source>
        <translation>Нічого не видаляється: тексти й історія зберігаються, попередні звіти залишаються як є, а Програма → Відновити виключене… поверне його.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/programme_dialogs.py" line="145" />
        <source>Retire</source>
        <translation>Виключити</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../zhdesk/gui/coordinator/return_dialog.py" line="56" />
        <source>Return with comments</source>
        <translation>Повернути із зауваженнями</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/return_dialog.py" line="61" />
        <source>The submissions for {0} of the bodies checked go back with your comments; each gets an updated form package to send it. {1} measures chosen.</source>
        <translation>Подання {0} позначених органів повертаються з вашими зауваженнями; для кожного буде оновлений бланк, який треба йому надіслати. Вибрано заходів: {1}.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/return_dialog.py" line="83" />
        <source>Return to:</source>
        <translation>Повернути:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/return_dialog.py" line="91" />
        <source>Nothing received yet from {0}: not returned.</source>
        <translation>Від {0} ще нічого не отримано: їм не повертається.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/return_dialog.py" line="101" />
        <source>What should the bodies fix?</source>
        <translation>Що мають виправити виконавці?</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/return_dialog.py" line="102" />
        <source>Comment on the whole submission:</source>
        <translation>Зауваження до всього подання:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/return_dialog.py" line="118" />
        <source>Return…</source>
        <translation>Повернути…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/return_dialog.py" line="146" />
        <source>Comments on the measures (leave empty where there is none):</source>
        <translation>Зауваження до заходів (залиште порожнім, де їх немає):</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/return_dialog.py" line="149" />
        <source>{0} measures chosen: a comment can be written on the first {1} here.</source>
        <translation>Вибрано заходів: {0}; зауваження до окремих заходів можна написати до перших {1}.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/return_dialog.py" line="203" />
        <source>Check at least one body to return the submission to.</source>
        <translation>Позначте хоча б один орган, якому повернути подання.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/return_dialog.py" line="208" />
        <source>Say what to fix: write a comment on the whole submission, or on a measure of {0}.</source>
        <translation>Скажіть, що виправити: напишіть зауваження до всього подання або до заходу {0}.</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="38" />
        <source>Not undone: a newer submission came from {0} after it was accepted. Review that one.</source>
        <translation>Не скасовано: після прийняття надійшло новіше подання від {0}. Перегляньте його.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="41" />
        <source>Not undone: the submission of {0} was reviewed again since.</source>
        <translation>Не скасовано: подання {0} після того вже переглянуто знову.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="44" />
        <source>Not undone: the executors sent another text of measure {0} since.</source>
        <translation>Не скасовано: виконавці надіслали інший текст заходу {0} після того.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="47" />
        <source>Not undone: the text of measure {0} was changed since.</source>
        <translation>Не скасовано: текст заходу {0} після того змінено.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="49" />
        <source>Not undone: {0} changed since.</source>
        <translation>Не скасовано: {0} після того змінилося.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="101" />
        <source>Accept the submission of {0} for {1}?

It can be undone until a newer submission comes from the body.</source>
        <translation>Прийняти подання {0} {1}?

Це можна скасувати, доки не надійде новіше подання від цього органу.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="110" />
        <source>Accepting</source>
        <translation>Приймаю</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="111" />
        <source>Accepted: {0}</source>
        <translation>Прийнято: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="114" />
        <source>Accept</source>
        <translation>Прийняти</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="131" />
        <source>Took the executors' text: {0}</source>
        <translation>Взято текст виконавців: захід {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="131" />
        <source>Kept my text: {0}</source>
        <translation>Залишено мій текст: захід {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="132" />
        <source>Resolving</source>
        <translation>Вирішую</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="140" />
        <source>Take the executors' text for measure {0}?

Your text leaves the report (the history keeps it). It can be undone until a text of the measure changes.</source>
        <translation>Взяти текст виконавців для заходу {0}?

Ваш текст вийде зі звіту (в історії він залишиться). Це можна скасувати, доки тексти заходу не зміняться.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="143" />
        <source>Take the executors' text</source>
        <translation>Взяти текст виконавців</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="164" />
        <source>Undoing</source>
        <translation>Скасовую</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="192" />
        <source>Where to put the updated form packages</source>
        <translation>Куди покласти оновлені бланки</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="202" />
        <source>Returned to {0}. Send each body its updated form package from {1}</source>
        <translation>Повернуто: {0}. Надішліть кожному органу його оновлений бланк із {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="205" />
        <source>Returning</source>
        <translation>Повертаю</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="54" />
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="88" />
        <source>Find in the report…</source>
        <translation>Знайти у звіті…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="93" />
        <source>All texts</source>
        <translation>Усі тексти</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="94" />
        <source>Conflicts</source>
        <translation>Конфлікти</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="95" />
        <source>Empty</source>
        <translation>Порожні</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="96" />
        <source>From the bodies</source>
        <translation>Від виконавців</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="97" />
        <source>Edited by the coordinator</source>
        <translation>Змінені координатором</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="98" />
        <source>From the imported report</source>
        <translation>З імпортованого звіту</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="102" />
        <source>Return with comments…</source>
        <translation>Повернути із зауваженнями…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="109" />
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="117" />
        <source>In a window of its own</source>
        <translation>Окремим вікном</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="111" />
        <source>The report in a large window of its own, beside the main one</source>
        <translation>Звіт у великому окремому вікні, поруч із головним</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="145" />
        <source>The consolidated report</source>
        <translation>Зведений звіт</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="164" />
        <source>Take the executors' text</source>
        <translation>Взяти текст виконавців</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="166" />
        <source>Keep my text</source>
        <translation>Залишити мій</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="168" />
        <source>Open the card</source>
        <translation>Відкрити картку</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="117" />
        <source>Back into the main window</source>
        <translation>Назад у головне вікно</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="274" />
        <source>Could not read the store: {0}</source>
        <translation>Не вдалося прочитати сховище: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="316" />
        <source>{0} of {1} measures; conflicts: {2}</source>
        <translation>{0} з {1} заходів; конфліктів: {2}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="357" />
        <source>Choose a measure to see its text whole.</source>
        <translation>Виберіть захід, щоб побачити його текст повністю.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="361" />
        <source>Measure {0}: {1}</source>
        <translation>Захід {0}: {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="364" />
        <source>The executors' text ({0})</source>
        <translation>Текст виконавців ({0})</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="366" />
        <source>My text, now in the report</source>
        <translation>Мій текст, зараз у звіті</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_view.py" line="368" />
        <source>Execution of the measure</source>
        <translation>Виконання заходу</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_model.py" line="41" />
        <source>conflict: {0} sent another text</source>
        <translation>конфлікт: {0} надіслали інший текст</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_model.py" line="43" />
        <source>from {0}</source>
        <translation>від {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_model.py" line="45" />
        <source>edited by the coordinator</source>
        <translation>змінено координатором</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_model.py" line="47" />
        <source>from the imported report</source>
        <translation>з імпортованого звіту</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_model.py" line="48" />
        <source>empty</source>
        <translation>порожній</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_model.py" line="53" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_model.py" line="54" />
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_model.py" line="55" />
        <source>Measures</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_model.py" line="56" />
        <source>Responsible executor</source>
        <translation>Відповідальний виконавець</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_model.py" line="57" />
        <source>Execution of the measures</source>
        <translation>Виконання заходів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_model.py" line="58" />
        <source>Text state</source>
        <translation>Стан тексту</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_model.py" line="59" />
        <source>Programme or funding</source>
        <translation>Програма або фінансування</translation>
    </message>
</context>
<context>
    <name>SavingNotes</name>
    <message>
        <location filename="../zhdesk/gui/saving.py" line="40" />
        <source>&lt;b&gt;NOT saved: someone else saved another text of this measure while you typed&lt;/b&gt; (another window, the command line or a colleague on the server). The stored text, compared with yours:&lt;br&gt;{0}&lt;br&gt;&lt;a href='save:mine'&gt;Keep my text&lt;/a&gt; · &lt;a href='save:stored'&gt;Take the stored text&lt;/a&gt;</source>
        <translation>&lt;b&gt;НЕ збережено: поки ви писали, хтось інший зберіг інший текст цього заходу&lt;/b&gt; (інше вікно, командний рядок або колега на сервері). Збережений текст порівняно з вашим:&lt;br&gt;{0}&lt;br&gt;&lt;a href='save:mine'&gt;Залишити мій текст&lt;/a&gt; · &lt;a href='save:stored'&gt;Взяти збережений текст&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/saving.py" line="50" />
        <source>{0} texts were changed by someone else meanwhile and are NOT saved: choose above the text</source>
        <translation>Текстів, які тим часом змінив хтось інший, НЕ збережено: {0}. Оберіть над текстом, який залишити</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/saving.py" line="57" />
        <source>NOT saved: the store is busy with another program. The text is kept in the recovery journal; retrying in 5 seconds…</source>
        <translation>НЕ збережено: сховище зайняте іншою програмою. Текст збережено в журналі відновлення; повторю спробу за 5 секунд…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/saving.py" line="61" />
        <source>NOT saved: the store does not answer. Retrying in 5 seconds…</source>
        <translation>НЕ збережено: сховище не відповідає. Повторю спробу за 5 секунд…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/saving.py" line="84" />
        <source>&lt;b&gt;Recovered:&lt;/b&gt; this text had not reached the store when zhdesk was last closed unexpectedly; it is saved now. Check it before going on.</source>
        <translation>&lt;b&gt;Відновлено:&lt;/b&gt; цей текст не встиг потрапити до сховища, коли zhdesk минулого разу несподівано закрився; тепер його збережено. Перевірте його, перш ніж продовжити.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/saving.py" line="89" />
        <source>a text {0}</source>
        <translation>текст {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/saving.py" line="91" />
        <source>Recovered {0} texts that were not saved last time</source>
        <translation>Відновлено текстів, не збережених минулого разу: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/saving.py" line="95" />
        <source>Texts recovered</source>
        <translation>Тексти відновлено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/saving.py" line="97" />
        <source>zhdesk was closed before {0} texts reached the store. They are recovered and saved now:</source>
        <translation>zhdesk закрився раніше, ніж до сховища потрапили тексти ({0}). Їх відновлено і збережено:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/saving.py" line="115" />
        <source>Texts not saved</source>
        <translation>Тексти не збережено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/saving.py" line="116" />
        <source>{0} of your texts are not saved because someone else changed them meanwhile. Close anyway? Your texts are kept and offered again the next time this store is opened.</source>
        <translation>Ваші тексти ({0}) не збережено, бо тим часом їх змінив хтось інший. Усе одно закрити? Ваші тексти залишаться і будуть запропоновані знову, коли це сховище відкриють наступного разу.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="107" />
        <source>Connect to a server</source>
        <translation>Підключення до сервера</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="111" />
        <source>The office's store on a PostgreSQL server. The password is asked every time and never kept on this computer.</source>
        <translation>Сховище установи на сервері PostgreSQL. Пароль запитується щоразу й ніколи не зберігається на цьому комп'ютері.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="125" />
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="126" />
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="135" />
        <source>Connect</source>
        <translation>Підключитися</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="136" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="92" />
        <source>Report settings</source>
        <translation>Параметри звіту</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="95" />
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="96" />
        <location filename="../zhdesk/gui/settings_dialog.py" line="218" />
        <source>Heads of executive bodies</source>
        <translation>Керівники виконавчих органів</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="106" />
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="107" />
        <source>The store is read-only: the settings are shown, they cannot be changed here.</source>
        <translation>Сховище лише для читання: параметри показано, але змінити їх тут не можна.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="110" />
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="112" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="136" />
        <location filename="../zhdesk/gui/settings_dialog.py" line="141" />
        <location filename="../zhdesk/gui/settings_dialog.py" line="164" />
        <location filename="../zhdesk/gui/settings_dialog.py" line="169" />
        <source>for example: {0}</source>
        <translation>наприклад: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="138" />
        <location filename="../zhdesk/gui/settings_dialog.py" line="143" />
        <source>In the genitive case, as the report's title names it</source>
        <translation>У родовому відмінку, як у назві звіту</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="147" />
        <source>Community:</source>
        <translation>Громада:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="148" />
        <source>Programme title:</source>
        <translation>Назва програми:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="149" />
        <source>Footnote after the table:</source>
        <translation>Примітка після таблиці:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="157" />
        <source>Signs the consolidated report</source>
        <translation>Підписує зведений звіт</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="167" />
        <source>A line break here is a line break on paper</source>
        <translation>Новий рядок тут — новий рядок на папері</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="170" />
        <source>The given name and the surname; the surname is printed in capitals</source>
        <translation>Власне ім'я та прізвище; прізвище друкується великими літерами</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="171" />
        <source>Position:</source>
        <translation>Посада:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="172" />
        <source>Given name and surname:</source>
        <translation>Ім'я та прізвище:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="174" />
        <source>As it will print:</source>
        <translation>Як буде надруковано:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="187" />
        <source>The head signs the body's own report. The name is printed as &lt;i&gt;Власне ім'я ПРІЗВИЩЕ&lt;/i&gt;, level with the last line of the position.</source>
        <translation>Керівник підписує звіт свого виконавчого органу. Ім'я друкується як &lt;i&gt;Власне ім'я ПРІЗВИЩЕ&lt;/i&gt;, на рівні останнього рядка посади.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="194" />
        <source>Find a body by its name or code</source>
        <translation>Знайти орган за назвою або кодом</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="202" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="203" />
        <source>Executive body</source>
        <translation>Виконавчий орган</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="204" />
        <source>Head's position</source>
        <translation>Посада керівника</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="205" />
        <source>Given name and surname</source>
        <translation>Ім'я та прізвище</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="257" />
        <location filename="../zhdesk/gui/settings_dialog.py" line="279" />
        <source>(no position)</source>
        <translation>(посаду не вказано)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="258" />
        <location filename="../zhdesk/gui/settings_dialog.py" line="280" />
        <source>(no name)</source>
        <translation>(ім'я не вказано)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="262" />
        <source>&lt;b&gt;The report's title:&lt;/b&gt; &lt;i&gt;{0}&lt;/i&gt;</source>
        <translation>&lt;b&gt;Назва звіту:&lt;/b&gt; &lt;i&gt;{0}&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="273" />
        <source>Choose a body to see its signature block.</source>
        <translation>Виберіть орган, щоб побачити його блок підпису.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="278" />
        <source>The report of {0} will be signed:</source>
        <translation>Звіт {0} буде підписано так:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="331" />
        <source>Saving…</source>
        <translation>Зберігаю…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="351" />
        <source>The report settings are saved</source>
        <translation>Параметри звіту збережено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="357" />
        <source>Not saved: {0}</source>
        <translation>Не збережено: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="362" />
        <source>&lt;b&gt;Not saved.&lt;/b&gt; Fix this first:</source>
        <translation>&lt;b&gt;Не збережено.&lt;/b&gt; Спершу виправте:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="37" />
        <source>In the search field: clear the search and go back to the measure you were on</source>
        <translation>У полі пошуку: очистити пошук і повернутися до заходу, де ви були</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="42" />
        <source>Programme card: stop editing without saving</source>
        <translation>Картка програми: припинити редагування без збереження</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="44" />
        <source>Programme card: save the changes</source>
        <translation>Картка програми: зберегти зміни</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="46" />
        <source>Find a measure or a word in the texts</source>
        <translation>Знайти захід або слово в текстах</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="47" />
        <source>Next measure</source>
        <translation>Наступний захід</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="48" />
        <source>Previous measure</source>
        <translation>Попередній захід</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="49" />
        <source>Next measure not filled yet (this one, if it is empty)</source>
        <translation>Наступний незаповнений захід (цей, якщо він порожній)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="52" />
        <location filename="../zhdesk/gui/guide_keys.py" line="53" />
        <source>Larger text in the card</source>
        <translation>Більший текст у картці</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="54" />
        <source>Smaller text in the card</source>
        <translation>Менший текст у картці</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="55" />
        <source>Text in the card at its usual size</source>
        <translation>Звичайний розмір тексту в картці</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="93" />
        <source>A shortcut of the window</source>
        <translation>Гаряча клавіша вікна</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="125" />
        <source>In the text</source>
        <translation>У тексті</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="129" />
        <source>Undo the typing</source>
        <translation>Скасувати введене</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="133" />
        <source>Redo</source>
        <translation>Повернути скасоване</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="137" />
        <source>Select the whole text</source>
        <translation>Виділити весь текст</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="145" />
        <source>Copy, cut, paste (pasted text loses Word's formatting)</source>
        <translation>Копіювати, вирізати, вставити (вставлений текст без оформлення Word)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="150" />
        <source>The context menu: spelling suggestions, “Add to dictionary”</source>
        <translation>Контекстне меню: варіанти правопису, «Додати до словника»</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="155" />
        <source>Move to the next or previous field of the window</source>
        <translation>Перейти до наступного або попереднього поля вікна</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="159" />
        <source>The menus: Alt and the underlined letter opens a menu</source>
        <translation>Меню: Alt і підкреслена літера відкривають меню</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="167" />
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="168" />
        <source>What they do</source>
        <translation>Що роблять</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="169" />
        <source>Where</source>
        <translation>Де</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="184" />
        <source>Keyboard shortcuts</source>
        <translation>Гарячі клавіші</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="187" />
        <source>The shortcuts of this window, as its menus have them now:</source>
        <translation>Гарячі клавіші цього вікна, як їх зараз мають його меню:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="191" />
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="191" />
        <source>What they do</source>
        <translation>Що роблять</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="191" />
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/guide_keys.py" line="210" />
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="76" />
        <source>Open a reporting period…</source>
        <translation>Відкрити звітний період…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="77" />
        <source>The programme is in the store: choose the period, its deadline and the bodies that report.</source>
        <translation>Програма вже у сховищі: виберіть період, термін подання та органи, які звітують.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="83" />
        <source>Import last period's report…</source>
        <translation>Імпортувати звіт за минулий період…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="85" />
        <source>The published report (TXT/TSV, XLSX or DOCX): the programme, the executive bodies and the texts of that period. Start here if the community has reported before.</source>
        <translation>Оприлюднений звіт (TXT/TSV, XLSX або DOCX): програма, виконавчі органи й тексти того періоду. Почніть звідси, якщо громада вже звітувала.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="92" />
        <source>Import the approved programme…</source>
        <translation>Імпортувати затверджену програму…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="93" />
        <source>The appendix of the council's decision: the year's measures and their executors, no texts yet.</source>
        <translation>Додаток до рішення ради: заходи року та їх виконавці, ще без текстів.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="98" />
        <source>Open a form package from the coordinator…</source>
        <translation>Відкрити бланк від координатора…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="99" />
        <source>For an executive body: the .zhform file the coordinator sent you, with your measures.</source>
        <translation>Для виконавчого органу: файл .zhform, який надіслав координатор, із вашими заходами.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="104" />
        <source>Try the demo</source>
        <translation>Спробувати демонстрацію</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="106" />
        <source>The real published report of Zhytomyr for 9 months of 2023, in a store of its own: nothing here is changed.</source>
        <translation>Справжній оприлюднений звіт Житомира за 9 місяців 2023 року в окремому сховищі: тут нічого не зміниться.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="114" />
        <source>Another store:</source>
        <translation>Інше сховище:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="116" />
        <source>Open a store…</source>
        <translation>Відкрити сховище…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="117" />
        <source>Create a store…</source>
        <translation>Створити сховище…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="118" />
        <source>Connect to a server…</source>
        <translation>Підключитися до сервера…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="140" />
        <source>The store could not be opened</source>
        <translation>Сховище не вдалося відкрити</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="144" />
        <source>No reporting period is open yet</source>
        <translation>Звітний період ще не відкрито</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="147" />
        <source>The store {0} holds the programme for {1} ({2} measures). Open its first reporting period:</source>
        <translation>У сховищі {0} є програма на {1} рік (заходів: {2}). Відкрийте перший звітний період:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="151" />
        <source>Welcome to zhdesk</source>
        <translation>Ласкаво просимо до zhdesk</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="152" />
        <source>The store {0} is empty. Choose how to begin:</source>
        <translation>Сховище {0} порожнє. Виберіть, з чого почати:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="278" />
        <source>The title of {0} names no reporting period.</source>
        <translation>У назві {0} не вказано звітного періоду.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="283" />
        <location filename="../zhdesk/gui/start_page.py" line="295" />
        <source>Some measures need a decision: nothing was imported.</source>
        <translation>Деякі заходи потребують рішення: нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="291" />
        <source>The title of {0} names no year.</source>
        <translation>У назві {0} не вказано року.</translation>
    </message>
</context>
<context>
    <name>StartPageHook</name>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="238" />
        <source>Import a report</source>
        <translation>Імпорт звіту</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="238" />
        <source>Import a programme</source>
        <translation>Імпорт програми</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="240" />
        <source>Tables (*.txt *.tsv *.xlsx *.docx);;All files (*)</source>
        <translation>Таблиці (*.txt *.tsv *.xlsx *.docx);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/start_page.py" line="252" />
        <source>Importing {0}</source>
        <translation>Імпорт {0}</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <location filename="../zhdesk/gui/coordinator/status_model.py" line="33" />
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/status_model.py" line="34" />
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/status_model.py" line="35" />
        <source>Deadline</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/status_model.py" line="36" />
        <source>Last submission</source>
        <translation>Останнє подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/status_model.py" line="37" />
        <source>Filled</source>
        <translation>Заповнено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/status_model.py" line="38" />
        <source>Errors</source>
        <translation>Помилки</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/status_model.py" line="39" />
        <source>Warnings</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/status_model.py" line="73" />
        <source>co-executor only: no form of its own</source>
        <translation>лише співвиконавець: без власного бланка</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/status_model.py" line="42" />
        <source>not issued</source>
        <translation>не видано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/status_model.py" line="43" />
        <source>issued</source>
        <translation>видано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/status_model.py" line="44" />
        <source>submitted</source>
        <translation>подано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/status_model.py" line="45" />
        <source>accepted</source>
        <translation>прийнято</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/status_model.py" line="46" />
        <source>returned</source>
        <translation>повернуто</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../zhdesk/gui/runner.py" line="44" />
        <source>The store is busy: another zhdesk or another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Сховище зайняте: у нього саме записує інший zhdesk або інша програма. Нічого не змінено; спробуйте ще раз за хвилину.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/runner.py" line="51" />
        <source>The store refused the change ({0}); nothing was changed.</source>
        <translation>Сховище не прийняло зміну ({0}); нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>StoreFiles</name>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="177" />
        <source>Create a store…</source>
        <translation>Створити сховище…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="178" />
        <source>Open a store…</source>
        <translation>Відкрити сховище…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="180" />
        <source>Connect to a server…</source>
        <translation>Підключитися до сервера…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="181" />
        <source>Recent stores</source>
        <translation>Останні сховища</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="190" />
        <source>Quit</source>
        <translation>Вихід</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="201" />
        <source>Create a store</source>
        <translation>Створення сховища</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="207" />
        <source>Open a store</source>
        <translation>Відкриття сховища</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="212" />
        <source>zhdesk stores (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Сховища zhdesk (*.sqlite3 *.sqlite *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="234" />
        <source>{0} (not found)</source>
        <translation>{0} (не знайдено)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="238" />
        <source>Clear the list</source>
        <translation>Очистити список</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="275" />
        <source>Preparing the demo store (the real report)…</source>
        <translation>Готую демонстраційне сховище (справжній звіт)…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="285" />
        <location filename="../zhdesk/gui/store_files.py" line="289" />
        <source>Opening the store…</source>
        <translation>Відкриваю сховище…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="315" />
        <source>The text you typed could not be saved to this store yet, so it stays open. Check the store (disk, network) and try again.</source>
        <translation>Набраний текст ще не вдалося зберегти в це сховище, тому воно лишається відкритим. Перевірте сховище (диск, мережу) і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="347" />
        <location filename="../zhdesk/gui/store_files.py" line="348" />
        <source>The store was not opened</source>
        <translation>Сховище не відкрито</translation>
    </message>
</context>
<context>
    <name>Stores</name>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="45" />
        <source>There is no zhdesk store at {0}. To make one, use File → Create a store…</source>
        <translation>Сховища zhdesk за адресою {0} немає. Щоб створити його, скористайтеся Файл → Створити сховище…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="48" />
        <source>{0} is not a zhdesk store: it is another program's file or database. It was not changed; choose a zhdesk store, or create a new one.</source>
        <translation>{0} — не сховище zhdesk: це файл або база даних іншої програми. Її не змінено; виберіть сховище zhdesk або створіть нове.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="53" />
        <source>The store {0} was written by a newer zhdesk. Install the newer zhdesk; it was not changed.</source>
        <translation>Сховище {0} записане новішою версією zhdesk. Установіть новішу zhdesk; сховище не змінено.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="56" />
        <source>Could not connect to {0}. Check the server's address, the user name and the password, and that the server is reachable from this computer.</source>
        <translation>Не вдалося з'єднатися з {0}. Перевірте адресу сервера, ім'я користувача й пароль, а також чи доступний сервер із цього комп'ютера.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="61" />
        <source>A store cannot be created at {0}: the folder cannot be written.</source>
        <translation>Не вдається створити сховище {0}: до цієї папки не можна записувати.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="64" />
        <source>{0} is not a server's address. Write it like postgresql+psycopg://user@server/zhdesk</source>
        <translation>{0} — не адреса сервера. Пишіть так: postgresql+psycopg://користувач@сервер/zhdesk</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/store_files.py" line="68" />
        <source>The store {0} could not be opened.</source>
        <translation>Не вдалося відкрити сховище {0}.</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <location filename="../zhdesk/gui/text_size.py" line="27" />
        <source>Bigger text</source>
        <translation>Більший текст</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/text_size.py" line="32" />
        <source>Smaller text</source>
        <translation>Менший текст</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/text_size.py" line="37" />
        <source>Normal size</source>
        <translation>Звичайний розмір</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../zhdesk/gui/coordinator/review_actions.py" line="217" />
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <location filename="../zhdesk/gui/window_title.py" line="34" />
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/window_title.py" line="39" />
        <source>zhdesk — {0}</source>
        <translation>zhdesk — {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/window_title.py" line="41" />
        <source>Programme of {0} for {1} — {2} — {3}</source>
        <translation>Програма {0} на {1} рік — {2} — {3}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/window_title.py" line="43" />
        <source>Programme for {0} — {1} — {2}</source>
        <translation>Програма на {0} рік — {1} — {2}</translation>
    </message>
</context>
</TS>