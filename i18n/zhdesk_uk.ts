<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk_UA">
<context>
    <name>About</name>
    <message>
        <location filename="../zhdesk/gui/about.py" line="22" />
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/about.py" line="23" />
        <source>About zhdesk…</source>
        <translation>Про zhdesk…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/about.py" line="32" />
        <source>&lt;h3&gt;zhdesk {0}&lt;/h3&gt;&lt;p&gt;Quarterly execution report of the community development programme.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Store:&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Schema version:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Data folder:&lt;/b&gt; {3}&lt;/p&gt;&lt;p&gt;Qt for Python {4}. Fonts: Liberation Serif (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;zhdesk {0}&lt;/h3&gt;&lt;p&gt;Квартальний звіт про виконання Програми соціально-економічного і культурного розвитку громади.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Сховище:&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Версія схеми:&lt;/b&gt; {2}&lt;br&gt;&lt;b&gt;Тека даних:&lt;/b&gt; {3}&lt;/p&gt;&lt;p&gt;Qt for Python {4}. Шрифти: Liberation Serif (SIL Open Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/about.py" line="44" />
        <source>About zhdesk</source>
        <translation>Про zhdesk</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../zhdesk/gui/card.py" line="48" />
        <source>&lt;b&gt;Task {0}.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;Завдання {0}.&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/card.py" line="50" />
        <source>&lt;b&gt;Executors:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Відповідальні виконавці:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/card.py" line="52" />
        <source>&lt;b&gt;Programme or funding:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Програма або обсяг фінансування:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/card.py" line="66" />
        <source>{0} characters</source>
        <translation>Символів: {0}</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="40" />
        <source>no submission yet</source>
        <translation>подання ще немає</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="41" />
        <source>submitted, not reviewed yet</source>
        <translation>подано, ще не розглянуто</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="42" />
        <source>returned with comments</source>
        <translation>повернуто із зауваженнями</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="43" />
        <source>no form issued</source>
        <translation>бланк не видано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="144" />
        <source>Measure {0}: {1}</source>
        <translation>Захід {0}: {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="228" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="229" />
        <source>The report could not be checked: {0}</source>
        <translation>Не вдалося перевірити звіт: {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="58" />
        <source>Before the report goes out</source>
        <translation>Перед експортом і друком</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="68" />
        <source>What to check before the report goes out</source>
        <translation>Що перевірити перед експортом і друком звіту</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="73" />
        <source>Click a measure to go to it in the window; this list stays open.</source>
        <translation>Клацніть захід, щоб перейти до нього у вікні; цей перелік лишається відкритим.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="78" />
        <source>Export anyway</source>
        <translation>Все одно експортувати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="79" />
        <source>Print anyway</source>
        <translation>Все одно друкувати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="80" />
        <source>Preview anyway</source>
        <translation>Все одно переглянути</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="85" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="100" />
        <source>The consolidated report {0} ({1} measures): nothing is left to check.</source>
        <translation>Зведений звіт {0} (заходів: {1}): перевіряти більше нічого.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="102" />
        <source>The consolidated report {0} ({1} measures) is not ready yet:</source>
        <translation>Зведений звіт {0} (заходів: {1}) ще не готовий:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="107" />
        <source>No signatory: the report has no signature block (click to set it)</source>
        <translation>Не вказано підписанта: у звіті не буде блоку підпису (клацніть, щоб вказати)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="119" />
        <source>Measures without an execution text: {0}</source>
        <translation>Заходи без тексту виконання: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="109" />
        <source>Open conflicts: {0}</source>
        <translation>Невирішені розбіжності: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="113" />
        <source>Executive bodies not accepted yet: {0}</source>
        <translation>Виконавчі органи, подання яких ще не прийнято: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="108" />
        <source>Settings → Report settings…</source>
        <translation>Налаштування → Параметри звіту…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/checklist.py" line="110" />
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
        <location filename="../zhdesk/gui/coordinator/actions.py" line="87" />
        <source>Receive submissions</source>
        <translation>Отримати подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="87" />
        <source>zhdesk submissions (*.zhsub);;All files (*)</source>
        <translation>Подання zhdesk (*.zhsub);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="103" />
        <source>Receiving</source>
        <translation>Отримую</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="109" />
        <source>Where to put the form packages</source>
        <translation>Куди зберегти бланки</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="119" />
        <source>{0} form packages for {1} are in {2}. Send each body its own file.</source>
        <translation>Бланків {1}: {0}, збережено в {2}. Надішліть кожному органу його файл.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="122" />
        <source>Issuing</source>
        <translation>Видаю</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="63" />
        <location filename="../zhdesk/gui/coordinator/actions.py" line="128" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="64" />
        <source>The store holds no programme yet: import the approved programme or a report first.</source>
        <translation>У сховищі ще немає програми: спершу імпортуйте затверджену програму або звіт.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="81" />
        <source>Opening the period</source>
        <translation>Відкриваю період</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="128" />
        <source>Choose a body in the table first.</source>
        <translation>Спершу виберіть орган у таблиці.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="142" />
        <source>Accepting</source>
        <translation>Приймаю</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="149" />
        <source>Return to {0}</source>
        <translation>Повернути: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="150" />
        <source>What should the body fix?</source>
        <translation>Що має виправити орган?</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="156" />
        <source>A comment on the measure shown ({0}), or leave empty:</source>
        <translation>Зауваження до показаного заходу ({0}), або залиште порожнім:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="162" />
        <source>Where to put the updated form package</source>
        <translation>Куди зберегти оновлений бланк</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="172" />
        <source>Returned. Send {0} this updated form package: {1}</source>
        <translation>Повернуто. Надішліть органу {0} цей оновлений бланк: {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="175" />
        <source>Returning</source>
        <translation>Повертаю</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/actions.py" line="188" />
        <source>Resolving</source>
        <translation>Вирішую</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="47" />
        <source>Executive bodies</source>
        <translation>Виконавчі органи</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="53" />
        <source>New reporting period…</source>
        <translation>Новий звітний період…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="55" />
        <source>Issue form packages…</source>
        <translation>Видати бланки…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="56" />
        <source>Receive submissions…</source>
        <translation>Отримати подання…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="57" />
        <source>Accept</source>
        <translation>Прийняти</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="58" />
        <source>Return with comments…</source>
        <translation>Повернути із зауваженнями…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="59" />
        <source>Export the report…</source>
        <translation>Експортувати звіт…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="77" />
        <source>Reporting bodies</source>
        <translation>Звітні органи</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="78" />
        <source>Waiting for review (submitted, returned)</source>
        <translation>Чекають на розгляд (подані, повернені)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="79" />
        <source>Not submitted yet</source>
        <translation>Ще не подали</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="80" />
        <source>Late</source>
        <translation>Із запізненням</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="81" />
        <source>Accepted</source>
        <translation>Прийняті</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="82" />
        <source>All, with co-executors</source>
        <translation>Усі, зі співвиконавцями</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="85" />
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="118" />
        <source>Executive bodies and their submissions</source>
        <translation>Виконавчі органи та їхні подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="98" />
        <source>Table</source>
        <translation>Таблиця</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="101" />
        <source>Completeness</source>
        <translation>Заповненість</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="193" />
        <source> (deadline {0})</source>
        <translation> (термін подання {0})</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="196" />
        <source>{0}: issued {1}, submitted {2}, accepted {3}, returned {4}, not issued {5}; conflicts: {6}</source>
        <translation>{0}: видано {1}, подано {2}, прийнято {3}, повернуто {4}, не видано {5}; розбіжностей: {6}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="205" />
        <source>&lt;b&gt;The executors sent a text that differs from yours.&lt;/b&gt; Theirs, compared with yours:&lt;br&gt;{0}&lt;br&gt;&lt;a href='take:bodies'&gt;Take the executors' text&lt;/a&gt; · &lt;a href='take:mine'&gt;Keep my text&lt;/a&gt;</source>
        <translation>&lt;b&gt;Виконавці надіслали текст, що відрізняється від вашого.&lt;/b&gt; Їхній текст порівняно з вашим:&lt;br&gt;{0}&lt;br&gt;&lt;a href='take:bodies'&gt;Взяти текст виконавців&lt;/a&gt; · &lt;a href='take:mine'&gt;Залишити мій текст&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="180" />
        <source>Could not read the store: {0}</source>
        <translation>Не вдалося прочитати сховище: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="236" />
        <source>Measures of {0}</source>
        <translation>Заходи органу {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/dashboard.py" line="138" />
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
        <location filename="../zhdesk/gui/deadlines.py" line="31" />
        <source>Deadline: {0} ({1})</source>
        <translation>Термін подання: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>Department</name>
    <message>
        <location filename="../zhdesk/gui/department.py" line="32" />
        <source>Open a form package…</source>
        <translation>Відкрити бланк…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="34" />
        <source>Make the submission…</source>
        <translation>Сформувати подання…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="75" />
        <source>Open a form package</source>
        <translation>Відкрити бланк</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="75" />
        <source>zhdesk form packages (*.zhform)</source>
        <translation>Бланки zhdesk (*.zhform)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="108" />
        <source>Opened the form of {0} for {1}: {2} measures</source>
        <translation>Відкрито бланк {0} за {1}: заходів {2}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="69" />
        <location filename="../zhdesk/gui/department.py" line="182" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="70" />
        <source>Submissions are received in the coordinator's store; send this file to the coordinator.</source>
        <translation>Подання отримує координатор у своєму сховищі; надішліть цей файл координатору.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="112" />
        <source>(coordinator key {0} is trusted from now on instead of {1})</source>
        <translation>(відтепер довірений ключ координатора {0} замість {1})</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="121" />
        <source>The coordinator's key</source>
        <translation>Ключ координатора</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="123" />
        <source>This is the first form package this store has opened. It is signed with the coordinator key &lt;b&gt;{0}&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Check these characters with the coordinator (by telephone, for example). From now on this store opens only packages signed with this key; a package signed with another key is shown to you before it is opened.</source>
        <translation>Це перший бланк, відкритий у цьому сховищі. Його підписано ключем координатора &lt;b&gt;{0}&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Звірте ці символи з координатором (наприклад, телефоном). Відтепер це сховище відкриває лише бланки, підписані цим ключем; бланк з іншим ключем zhdesk спершу покаже вам.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="134" />
        <source>Another coordinator key</source>
        <translation>Інший ключ координатора</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="136" />
        <source>The form package &lt;b&gt;{0}&lt;/b&gt; is signed with another coordinator key (&lt;b&gt;{1}&lt;/b&gt;) than the one this store trusts (&lt;b&gt;{2}&lt;/b&gt;). It may not come from your coordinator.&lt;br&gt;&lt;br&gt;Open it only if the coordinator has told you that their key changed (a new computer or store) and the new key's characters are the same as these. Trust the new key and open the package?</source>
        <translation>Бланк &lt;b&gt;{0}&lt;/b&gt; підписано іншим ключем координатора (&lt;b&gt;{1}&lt;/b&gt;), ніж той, якому довіряє це сховище (&lt;b&gt;{2}&lt;/b&gt;). Можливо, він надійшов не від вашого координатора.&lt;br&gt;&lt;br&gt;Відкривайте його, лише якщо координатор сказав вам, що його ключ змінився (новий комп'ютер або сховище), і символи нового ключа збігаються з цими. Довіряти новому ключу й відкрити бланк?</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="141" />
        <source>Trust the new key and open</source>
        <translation>Довіряти новому ключу й відкрити</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="143" />
        <source>Another programme year</source>
        <translation>Інший рік програми</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="145" />
        <source>The form package &lt;b&gt;{0}&lt;/b&gt; is for the {1} programme ({2}); this store holds the form of {3} ({4}).&lt;br&gt;&lt;br&gt;Go on to the {1} programme in this store? The texts of {3} stay in it.</source>
        <translation>Бланк &lt;b&gt;{0}&lt;/b&gt; — на програму {1} року (звіт {2}); у цьому сховищі бланк {3} року (звіт {4}).&lt;br&gt;&lt;br&gt;Перейти в цьому сховищі до програми {1} року? Тексти {3} року в ньому залишаться.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="154" />
        <source>Open the {0} form</source>
        <translation>Відкрити бланк {0} року</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="157" />
        <source>Do not open</source>
        <translation>Не відкривати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="166" />
        <source>The form package {0} was not opened</source>
        <translation>Бланк {0} не відкрито</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="200" />
        <source>&lt;b&gt;The coordinator's comment:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Зауваження координатора:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="205" />
        <source>Returned by the coordinator: {0}</source>
        <translation>Повернуто координатором: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="220" />
        <source>Save the submission</source>
        <translation>Зберегти подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="220" />
        <source>zhdesk submissions (*.zhsub)</source>
        <translation>Подання zhdesk (*.zhsub)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="245" />
        <source>Submission no. {0} ({1} measures) is saved as {2}. Send this file to the coordinator.</source>
        <translation>Подання № {0} (заходів: {1}) збережено як {2}. Надішліть цей файл координатору.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="253" />
        <source>Not submitted</source>
        <translation>Не подано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/department.py" line="255" />
        <source>The texts still have {0} errors. They are listed in the Problems panel; fix them and make the submission again.</source>
        <translation>У текстах ще є помилки ({0}). Їх перелічено на панелі «Проблеми»; виправте їх і сформуйте подання знову.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="34" />
        <source>The file is damaged or is not a zhdesk file.</source>
        <translation>Файл пошкоджено, або це не файл zhdesk.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="35" />
        <source>The file cannot be read.</source>
        <translation>Файл не вдається прочитати.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="36" />
        <source>The file is too large for an exchange file.</source>
        <translation>Файл завеликий для файла обміну.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="37" />
        <source>The file was made by another version of zhdesk; both sides need the same release.</source>
        <translation>Файл створено іншою версією zhdesk; у відправника й отримувача має бути однакова версія.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="40" />
        <source>The file's contents are not what zhdesk writes.</source>
        <translation>Вміст файла не такий, який записує zhdesk.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="41" />
        <source>The signature does not match: the file was changed after it was made, or it was not made from the form package issued to this body.</source>
        <translation>Підпис не збігається: файл змінено після створення, або його зроблено не з бланка, виданого цьому органу.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="46" />
        <source>No form package for this period was issued to this body from this store.</source>
        <translation>Цьому органу не видавали бланк на цей період із цього сховища.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="49" />
        <source>A newer submission of this body has already been received.</source>
        <translation>Від цього органу вже отримано новіше подання.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="50" />
        <source>The file has measures that are not this body's.</source>
        <translation>У файлі є заходи, які не належать цьому органу.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="51" />
        <source>The period or the programme year does not match the form package.</source>
        <translation>Період або рік програми не відповідає бланку.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="54" />
        <source>This store cannot take this file.</source>
        <translation>Це сховище не може прийняти цей файл.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="56" />
        <source>The file cannot be used.</source>
        <translation>Файл не можна використати.</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="22" />
        <source>History of the measure</source>
        <translation>Історія заходу</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="26" />
        <source>Changes of this measure's texts</source>
        <translation>Зміни текстів цього заходу</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="55" />
        <source>No changes recorded yet.</source>
        <translation>Змін ще не записано.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="58" />
        <source>typed</source>
        <translation>введено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="59" />
        <source>imported</source>
        <translation>імпортовано</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="60" />
        <source>submission</source>
        <translation>подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="61" />
        <source>conflict resolved</source>
        <translation>розбіжність вирішено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="62" />
        <source>form package</source>
        <translation>бланк</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="63" />
        <source>two bodies merged into one</source>
        <translation>два органи об'єднано в один</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/history_dock.py" line="67" />
        <source>report</source>
        <translation>звіт</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="76" />
        <source>Opening the store…</source>
        <translation>Відкриваю сховище…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="166" />
        <source>zhdesk — {0} — {1}</source>
        <translation>zhdesk — {0} — {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="168" />
        <source>zhdesk — {0} — consolidated report</source>
        <translation>zhdesk — {0} — зведений звіт</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="181" />
        <source>{0} measures</source>
        <translation>Заходів: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="336" />
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="338" />
        <source>Some text could not be saved to the store. The window stays open so that nothing is lost; check the store (disk, network) and close again.</source>
        <translation>Частину тексту не вдалося зберегти у сховище. Вікно лишається відкритим, щоб нічого не загубилося; перевірте сховище (диск, мережу) і закрийте ще раз.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="154" />
        <location filename="../zhdesk/gui/main_window.py" line="194" />
        <source>Could not open the store: {0}</source>
        <translation>Не вдалося відкрити сховище: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="145" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="146" />
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="190" />
        <source> — read-only</source>
        <translation> — лише для читання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="205" />
        <source>Filled {0} of {1}</source>
        <translation>Заповнено {0} з {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/main_window.py" line="298" />
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
        <location filename="../zhdesk/resources/forms/main_window.ui" line="45" />
        <source>Problems of this measure</source>
        <translation>Проблеми цього заходу</translation>
    </message>
    <message>
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
        <location filename="../zhdesk/gui/language.py" line="45" />
        <location filename="../zhdesk/gui/settings_dialog.py" line="464" />
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/language.py" line="46" />
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/language.py" line="60" />
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/language.py" line="61" />
        <source>The language changes the next time zhdesk starts.</source>
        <translation>Мову буде змінено під час наступного запуску zhdesk.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../zhdesk/gui/navigator.py" line="31" />
        <source>All measures</source>
        <translation>Усі заходи</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator.py" line="31" />
        <source>Not filled</source>
        <translation>Не заповнені</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator.py" line="31" />
        <source>With problems</source>
        <translation>З проблемами</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/navigator.py" line="34" />
        <source>Search (Ctrl+F)</source>
        <translation>Пошук (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>NewPeriodDialog</name>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="44" />
        <source>New reporting period</source>
        <translation>Новий звітний період</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="52" />
        <source>{0} (already open)</source>
        <translation>{0} (уже відкрито)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="56" />
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="57" />
        <source>&amp;Deadline for the submissions:</source>
        <translation>&amp;Термін подання:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="70" />
        <source>Bodies that report (each is issued a form). Unticked: a co-executor only (an NGO, a utility, a fund), whose part you may type yourself.</source>
        <translation>Органи, що звітують (кожному видається бланк). Без позначки — лише співвиконавець (громадська організація, комунальне підприємство, фонд), чию частину ви можете вписати самі.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="77" />
        <source>Find a body</source>
        <translation>Знайти орган</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="86" />
        <source>{0} — measures: {1}</source>
        <translation>{0} — заходів: {1}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="97" />
        <source>Open the period</source>
        <translation>Відкрити період</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="98" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/coordinator/new_period.py" line="131" />
        <source>Reporting: {0} of {1}</source>
        <translation>Звітних: {0} з {1}</translation>
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
        <location filename="../zhdesk/gui/operations.py" line="266" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
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
    <name>ReceivedDialog</name>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="95" />
        <source>Submissions received</source>
        <translation>Отримані подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="99" />
        <source>What the submissions changed</source>
        <translation>Що змінили подання</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="110" />
        <source>Files: {0}; received: {1}; already there: {2}; rejected: {3}</source>
        <translation>Файлів: {0}; отримано: {1}; уже були: {2}; відхилено: {3}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="124" />
        <source>rejected, nothing was changed.</source>
        <translation>відхилено, нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="130" />
        <source>received before; nothing changed.</source>
        <translation>уже отримано раніше; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="134" />
        <source>{0}, submission no. {1}; measures changed: {2}</source>
        <translation>{0}, подання № {1}; змінено заходів: {2}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="146" />
        <source>{0} measures of the form were retired from the programme after it was issued; their texts were not applied.</source>
        <translation>Заходів бланка, виключених із програми після його видачі: {0}; їхні тексти не внесено.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="155" />
        <source>{0} measures of the form were given to other executors by an amendment after it was issued; their texts were not applied.</source>
        <translation>Заходів бланка, які зміни до програми передали іншим виконавцям після його видачі: {0}; їхні тексти не внесено.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="164" />
        <source>{0} measures keep your own text; the executors' text waits beside it in the card.</source>
        <translation>Заходів, де залишено ваш текст: {0}; текст виконавців показано поруч у картці заходу.</translation>
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
        <location filename="../zhdesk/gui/settings_dialog.py" line="420" />
        <source>Report settings…</source>
        <translation>Параметри звіту…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="459" />
        <source>Report settings</source>
        <translation>Параметри звіту</translation>
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
        <location filename="../zhdesk/gui/settings_dialog.py" line="213" />
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
        <location filename="../zhdesk/gui/settings_dialog.py" line="131" />
        <location filename="../zhdesk/gui/settings_dialog.py" line="136" />
        <location filename="../zhdesk/gui/settings_dialog.py" line="159" />
        <location filename="../zhdesk/gui/settings_dialog.py" line="164" />
        <source>for example: {0}</source>
        <translation>наприклад: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="133" />
        <location filename="../zhdesk/gui/settings_dialog.py" line="138" />
        <source>In the genitive case, as the report's title names it</source>
        <translation>У родовому відмінку, як у назві звіту</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="142" />
        <source>Community:</source>
        <translation>Громада:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="143" />
        <source>Programme title:</source>
        <translation>Назва програми:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="144" />
        <source>Footnote after the table:</source>
        <translation>Примітка після таблиці:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="152" />
        <source>Signs the consolidated report</source>
        <translation>Підписує зведений звіт</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="162" />
        <source>A line break here is a line break on paper</source>
        <translation>Новий рядок тут — новий рядок на папері</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="165" />
        <source>The given name and the surname; the surname is printed in capitals</source>
        <translation>Власне ім'я та прізвище; прізвище друкується великими літерами</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="166" />
        <source>Position:</source>
        <translation>Посада:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="167" />
        <source>Given name and surname:</source>
        <translation>Ім'я та прізвище:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="169" />
        <source>As it will print:</source>
        <translation>Як буде надруковано:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="182" />
        <source>The head signs the body's own report. The name is printed as &lt;i&gt;Власне ім'я ПРІЗВИЩЕ&lt;/i&gt;, level with the last line of the position.</source>
        <translation>Керівник підписує звіт свого виконавчого органу. Ім'я друкується як &lt;i&gt;Власне ім'я ПРІЗВИЩЕ&lt;/i&gt;, на рівні останнього рядка посади.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="189" />
        <source>Find a body by its name or code</source>
        <translation>Знайти орган за назвою або кодом</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="197" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="198" />
        <source>Executive body</source>
        <translation>Виконавчий орган</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="199" />
        <source>Head's position</source>
        <translation>Посада керівника</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="200" />
        <source>Given name and surname</source>
        <translation>Ім'я та прізвище</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="252" />
        <location filename="../zhdesk/gui/settings_dialog.py" line="274" />
        <source>(no position)</source>
        <translation>(посаду не вказано)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="253" />
        <location filename="../zhdesk/gui/settings_dialog.py" line="275" />
        <source>(no name)</source>
        <translation>(ім'я не вказано)</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="257" />
        <source>&lt;b&gt;The report's title:&lt;/b&gt; &lt;i&gt;{0}&lt;/i&gt;</source>
        <translation>&lt;b&gt;Назва звіту:&lt;/b&gt; &lt;i&gt;{0}&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="268" />
        <source>Choose a body to see its signature block.</source>
        <translation>Виберіть орган, щоб побачити його блок підпису.</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="273" />
        <source>The report of {0} will be signed:</source>
        <translation>Звіт {0} буде підписано так:</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="326" />
        <source>Saving…</source>
        <translation>Зберігаю…</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="346" />
        <source>The report settings are saved</source>
        <translation>Параметри звіту збережено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="352" />
        <source>Not saved: {0}</source>
        <translation>Не збережено: {0}</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/settings_dialog.py" line="357" />
        <source>&lt;b&gt;Not saved.&lt;/b&gt; Fix this first:</source>
        <translation>&lt;b&gt;Не збережено.&lt;/b&gt; Спершу виправте:</translation>
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
    <name>parent</name>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="173" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="175" />
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/exchange_dialogs.py" line="176" />
        <source>Show in folder</source>
        <translation>Показати в теці</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../zhdesk/gui/saving.py" line="115" />
        <source>Texts not saved</source>
        <translation>Тексти не збережено</translation>
    </message>
    <message>
        <location filename="../zhdesk/gui/saving.py" line="117" />
        <source>{0} of your texts are not saved because someone else changed them meanwhile. Close anyway? Your texts are kept and offered again the next time this store is opened.</source>
        <translation>Ваші тексти ({0}) не збережено, бо тим часом їх змінив хтось інший. Усе одно закрити? Ваші тексти залишаться і будуть запропоновані знову, коли це сховище відкриють наступного разу.</translation>
    </message>
</context>
</TS>