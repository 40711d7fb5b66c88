<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk_UA">
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="124" />
        <source>Executive bodies</source>
        <translation>Виконавчі органи</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="132" />
        <source>Issue form packages…</source>
        <translation>Видати бланки…</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="133" />
        <source>Receive submissions…</source>
        <translation>Отримати подання…</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="134" />
        <source>Accept</source>
        <translation>Прийняти</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="135" />
        <source>Return with comments…</source>
        <translation>Повернути із зауваженнями…</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="136" />
        <source>Export the report…</source>
        <translation>Експортувати звіт…</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="146" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="157" />
        <source>Executive bodies and their submissions</source>
        <translation>Виконавчі органи та їхні подання</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="161" />
        <source>Table</source>
        <translation>Таблиця</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="169" />
        <source>Completeness</source>
        <translation>Заповненість</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="223" />
        <source>{0}: issued {1}, submitted {2}, accepted {3}, returned {4}, not issued {5}; conflicts: {6}</source>
        <translation>{0}: видано {1}, подано {2}, прийнято {3}, повернуто {4}, не видано {5}; розбіжностей: {6}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="238" />
        <source>&lt;b&gt;The executors sent a text that differs from yours.&lt;/b&gt; Theirs, compared with yours:&lt;br&gt;{0}&lt;br&gt;&lt;a href='take:bodies'&gt;Take the executors' text&lt;/a&gt; · &lt;a href='take:mine'&gt;Keep my text&lt;/a&gt;</source>
        <translation>&lt;b&gt;Виконавці надіслали текст, що відрізняється від вашого.&lt;/b&gt; Їхній текст порівняно з вашим:&lt;br&gt;{0}&lt;br&gt;&lt;a href='take:bodies'&gt;Взяти текст виконавців&lt;/a&gt; · &lt;a href='take:mine'&gt;Залишити мій текст&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="252" />
        <source>Filled</source>
        <translation>Заповнено</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="252" />
        <source>Not filled</source>
        <translation>Не заповнені</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="266" />
        <source>measures</source>
        <translation>заходів</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="271" />
        <source>Filled measures per body</source>
        <translation>Заповнені заходи за органами</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="276" />
        <source>Could not read the store: {0}</source>
        <translation>Не вдалося прочитати сховище: {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="285" />
        <source>Measures of {0}</source>
        <translation>Заходи органу {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="312" />
        <source>Cancelled; nothing was changed</source>
        <translation>Скасовано; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="314" />
        <location filename="../../zhdesk/gui/dashboard.py" line="377" />
        <location filename="../../zhdesk/gui/dashboard.py" line="391" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="329" />
        <source>Receive submissions</source>
        <translation>Отримати подання</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="329" />
        <source>zhdesk submissions (*.zhsub);;All files (*)</source>
        <translation>Подання zhdesk (*.zhsub);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="348" />
        <source>Receiving</source>
        <translation>Отримую</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="352" />
        <source>Where to put the form packages</source>
        <translation>Куди зберегти бланки</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="365" />
        <source>{0} form packages for {1} are in {2}. Send each body its own file.</source>
        <translation>Бланків {1}: {0}, збережено в {2}. Надішліть кожному органу його файл.</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="372" />
        <source>Issuing</source>
        <translation>Видаю</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="377" />
        <location filename="../../zhdesk/gui/dashboard.py" line="391" />
        <source>Choose a body in the table first.</source>
        <translation>Спершу виберіть орган у таблиці.</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="386" />
        <source>Accepting</source>
        <translation>Приймаю</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="394" />
        <location filename="../../zhdesk/gui/dashboard.py" line="403" />
        <source>Return to {0}</source>
        <translation>Повернути: {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="394" />
        <source>What should the body fix?</source>
        <translation>Що має виправити орган?</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="404" />
        <source>A comment on the measure shown ({0}), or leave empty:</source>
        <translation>Зауваження до показаного заходу ({0}), або залиште порожнім:</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="408" />
        <source>Where to put the updated form package</source>
        <translation>Куди зберегти оновлений бланк</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="420" />
        <source>Returned. Send {0} this updated form package: {1}</source>
        <translation>Повернуто. Надішліть органу {0} цей оновлений бланк: {1}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="424" />
        <source>Returning</source>
        <translation>Повертаю</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="432" />
        <source>Export the consolidated report</source>
        <translation>Експорт зведеного звіту</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="434" />
        <source>PDF (*.pdf);;Excel (*.xlsx);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx);;Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="448" />
        <source>The report is saved: {0}</source>
        <translation>Звіт збережено: {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="450" />
        <source>Exporting</source>
        <translation>Експортую</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="464" />
        <source>Resolving</source>
        <translation>Вирішую</translation>
    </message>
</context>
<context>
    <name>Department</name>
    <message>
        <location filename="../../zhdesk/gui/department.py" line="25" />
        <source>Open a form package…</source>
        <translation>Відкрити бланк…</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/department.py" line="27" />
        <source>Make the submission…</source>
        <translation>Сформувати подання…</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/department.py" line="47" />
        <source>Open a form package</source>
        <translation>Відкрити бланк</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/department.py" line="47" />
        <source>zhdesk form packages (*.zhform)</source>
        <translation>Бланки zhdesk (*.zhform)</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/department.py" line="68" />
        <source>Opened the form of {0} for {1}: {2} measures</source>
        <translation>Відкрито бланк {0} за {1}: заходів {2}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/department.py" line="77" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/department.py" line="106" />
        <source>&lt;b&gt;The coordinator's comment:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Зауваження координатора:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/department.py" line="108" />
        <source>Returned by the coordinator: {0}</source>
        <translation>Повернуто координатором: {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/department.py" line="117" />
        <source>Save the submission</source>
        <translation>Зберегти подання</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/department.py" line="117" />
        <source>zhdesk submissions (*.zhsub)</source>
        <translation>Подання zhdesk (*.zhsub)</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/department.py" line="142" />
        <source>Submission no. {0} ({1} measures) is saved as {2}. Send this file to the coordinator.</source>
        <translation>Подання № {0} (заходів: {1}) збережено як {2}. Надішліть цей файл координатору.</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/department.py" line="150" />
        <source>Not submitted</source>
        <translation>Не подано</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/department.py" line="152" />
        <source>The texts still have {0} errors. They are listed in the Problems panel; fix them and make the submission again.</source>
        <translation>У текстах ще є помилки ({0}). Їх перелічено на панелі «Проблеми»; виправте їх і сформуйте подання знову.</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../zhdesk/gui/history_dock.py" line="22" />
        <source>History of the measure</source>
        <translation>Історія заходу</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/history_dock.py" line="26" />
        <source>Changes of this measure's texts</source>
        <translation>Зміни текстів цього заходу</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/history_dock.py" line="51" />
        <source>No changes recorded yet.</source>
        <translation>Змін ще не записано.</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/history_dock.py" line="54" />
        <source>typed</source>
        <translation>введено</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/history_dock.py" line="55" />
        <source>imported</source>
        <translation>імпортовано</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/history_dock.py" line="56" />
        <source>submission</source>
        <translation>подання</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/history_dock.py" line="57" />
        <source>assembled from the executors</source>
        <translation>зведено з текстів виконавців</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/history_dock.py" line="58" />
        <source>conflict resolved</source>
        <translation>розбіжність вирішено</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/history_dock.py" line="59" />
        <source>form package</source>
        <translation>бланк</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/history_dock.py" line="63" />
        <source>report</source>
        <translation>звіт</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="115" />
        <source>Opening the store…</source>
        <translation>Відкриваю сховище…</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="148" />
        <source>All measures</source>
        <translation>Усі заходи</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="148" />
        <source>Not filled</source>
        <translation>Не заповнені</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="148" />
        <source>With problems</source>
        <translation>З проблемами</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="151" />
        <source>Search (Ctrl+F)</source>
        <translation>Пошук (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="231" />
        <source>zhdesk — {0} — {1}</source>
        <translation>zhdesk — {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="233" />
        <source>zhdesk — {0} — consolidated report</source>
        <translation>zhdesk — {0} — зведений звіт</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="249" />
        <source>{0} measures</source>
        <translation>Заходів: {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="270" />
        <source>Recovered {0} texts that were not saved last time</source>
        <translation>Відновлено текстів, не збережених минулого разу: {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="485" />
        <source>NOT saved: the store does not answer. Retrying in 5 seconds…</source>
        <translation>НЕ збережено: сховище не відповідає. Повторю спробу за 5 секунд…</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="550" />
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="552" />
        <source>Some text could not be saved to the store. The window stays open so that nothing is lost; check the store (disk, network) and close again.</source>
        <translation>Частину тексту не вдалося зберегти у сховище. Вікно лишається відкритим, щоб нічого не загубилося; перевірте сховище (диск, мережу) і закрийте ще раз.</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="215" />
        <location filename="../../zhdesk/gui/main_window.py" line="273" />
        <source>Could not open the store: {0}</source>
        <translation>Не вдалося відкрити сховище: {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="173" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="174" />
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="325" />
        <source>Filled {0} of {1}</source>
        <translation>Заповнено {0} з {1}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="356" />
        <source>&lt;b&gt;Task {0}.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;Завдання {0}.&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="358" />
        <source>&lt;b&gt;Executors:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Відповідальні виконавці:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="359" />
        <source>&lt;b&gt;Programme or funding:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Програма або обсяг фінансування:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="411" />
        <source>{0} characters</source>
        <translation>Символів: {0}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/main_window.py" line="478" />
        <source>Saved at {0}</source>
        <translation>Збережено о {0}</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="6" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="11" />
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="12" />
        <source>Reporting period</source>
        <translation>Звітний період</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="13" />
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="14" />
        <source>Which measures to show</source>
        <translation>Які заходи показати</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="15" />
        <source>Search measures and texts</source>
        <translation>Пошук у заходах і текстах</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="16" />
        <source>Filled measures</source>
        <translation>Заповнені заходи</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="23" />
        <source>Programme measures</source>
        <translation>Заходи програми</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="35" />
        <source>Previous period:</source>
        <translation>Попередній період:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="37" />
        <source>Copy into this period</source>
        <translation>Скопіювати в цей період</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="40" />
        <source>Text of the previous period</source>
        <translation>Текст попереднього періоду</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="41" />
        <source>Comments and conflicts for this measure</source>
        <translation>Зауваження та розбіжності щодо заходу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="42" />
        <source>What was done in the period:</source>
        <translation>Що зроблено за період:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="43" />
        <source>Execution text</source>
        <translation>Текст виконання</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="45" />
        <source>Problems of this measure</source>
        <translation>Проблеми цього заходу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="54" />
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="57" />
        <source>All problems</source>
        <translation>Усі проблеми</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="59" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/language.py" line="45" />
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/language.py" line="46" />
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/language.py" line="60" />
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/language.py" line="61" />
        <source>The language changes the next time zhdesk starts.</source>
        <translation>Мову буде змінено під час наступного запуску zhdesk.</translation>
    </message>
</context>
<context>
    <name>ReceivedDialog</name>
    <message>
        <location filename="../../zhdesk/gui/exchange_dialogs.py" line="56" />
        <source>Submissions received</source>
        <translation>Отримані подання</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/exchange_dialogs.py" line="60" />
        <source>What the submissions changed</source>
        <translation>Що змінили подання</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/exchange_dialogs.py" line="71" />
        <source>Files: {0}; received: {1}; already there: {2}; rejected: {3}</source>
        <translation>Файлів: {0}; отримано: {1}; уже були: {2}; відхилено: {3}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/exchange_dialogs.py" line="84" />
        <source>rejected, nothing was changed.</source>
        <translation>відхилено, нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/exchange_dialogs.py" line="89" />
        <source>received before; nothing changed.</source>
        <translation>уже отримано раніше; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/exchange_dialogs.py" line="93" />
        <source>{0}, submission no. {1}; measures changed: {2}</source>
        <translation>{0}, подання № {1}; змінено заходів: {2}</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/exchange_dialogs.py" line="105" />
        <source>{0} measures keep your own text; the executors' text waits beside it in the card.</source>
        <translation>Заходів, де залишено ваш текст: {0}; текст виконавців показано поруч у картці заходу.</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="61" />
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="62" />
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="63" />
        <source>Last submission</source>
        <translation>Останнє подання</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="64" />
        <source>Filled</source>
        <translation>Заповнено</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="65" />
        <source>Errors</source>
        <translation>Помилки</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="66" />
        <source>Warnings</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="67" />
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="70" />
        <source>not issued</source>
        <translation>не видано</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="71" />
        <source>issued</source>
        <translation>видано</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="72" />
        <source>submitted</source>
        <translation>подано</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="73" />
        <source>accepted</source>
        <translation>прийнято</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/dashboard.py" line="74" />
        <source>returned</source>
        <translation>повернуто</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../zhdesk/gui/exchange_dialogs.py" line="114" />
        <source>zhdesk</source>
        <translation>zhdesk</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/exchange_dialogs.py" line="116" />
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location filename="../../zhdesk/gui/exchange_dialogs.py" line="117" />
        <source>Show in folder</source>
        <translation>Показати в теці</translation>
    </message>
</context>
</TS>