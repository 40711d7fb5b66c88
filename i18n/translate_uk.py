"""Fill zhdesk_uk.ts with the Ukrainian translations kept here (run by `make translations`).

Source strings are English in code (`self.tr(...)`, `.ui` files); Ukrainian is the default UI language.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

UK = {
    "Opening the store…": "Відкриваю сховище…",
    "All measures": "Усі заходи",
    "Not filled": "Не заповнені",
    "With problems": "З проблемами",
    "Search (Ctrl+F)": "Пошук (Ctrl+F)",
    "zhdesk — {0} — consolidated report": "zhdesk — {0} — зведений звіт",
    "{0} measures": "Заходів: {0}",
    "Could not open the store: {0}": "Не вдалося відкрити сховище: {0}",
    "Filled {0} of {1}": "Заповнено {0} з {1}",
    "<b>Task {0}.</b> {1}": "<b>Завдання {0}.</b> {1}",
    "<b>Executors:</b> {0}": "<b>Відповідальні виконавці:</b> {0}",
    "<b>Programme or funding:</b> {0}": "<b>Програма або обсяг фінансування:</b> {0}",
    "{0} characters": "Символів: {0}",
    "Saved at {0}": "Збережено о {0}",
    "NOT saved: the store does not answer. Retrying in 5 seconds…": "НЕ збережено: сховище не відповідає. "
    "Повторю спробу за 5 секунд…",
    "zhdesk": "zhdesk",
    "Period:": "Період:",
    "Reporting period": "Звітний період",
    "Show:": "Показати:",
    "Which measures to show": "Які заходи показати",
    "Search measures and texts": "Пошук у заходах і текстах",
    "Filled measures": "Заповнені заходи",
    "Programme measures": "Заходи програми",
    "Previous period:": "Попередній період:",
    "Copy into this period": "Скопіювати в цей період",
    "Text of the previous period": "Текст попереднього періоду",
    "What was done in the period:": "Що зроблено за період:",
    "Execution text": "Текст виконання",
    "Problems of this measure": "Проблеми цього заходу",
    "Problems": "Проблеми",
    "All problems": "Усі проблеми",
    "Problem": "Проблема",
    "&Settings": "&Налаштування",
    "&Language": "&Мова",
    "The language changes the next time zhdesk starts.": "Мову буде змінено під час наступного запуску zhdesk.",
    "Language": "Мова",
    "Not saved": "Не збережено",
    "Some text could not be saved to the store. The window stays open so that nothing is lost; check the store "
    "(disk, network) and close again.": "Частину тексту не вдалося зберегти у сховище. Вікно лишається відкритим, "
    "щоб нічого не загубилося; перевірте сховище (диск, мережу) і закрийте ще раз.",
    "zhdesk — {0} — {1}": "zhdesk — {0} — {1}",
    "Recovered {0} texts that were not saved last time": "Відновлено текстів, не збережених минулого разу: {0}",
    "Issue form packages…": "Видати бланки…",
    "Receive submissions…": "Отримати подання…",
    "Accept": "Прийняти",
    "Return with comments…": "Повернути із зауваженнями…",
    "Export the report…": "Експортувати звіт…",
    "Cancel": "Скасувати",
    "Executive bodies and their submissions": "Виконавчі органи та їхні подання",
    "Table": "Таблиця",
    "Completeness": "Заповненість",
    "{0}: issued {1}, submitted {2}, accepted {3}, returned {4}, not issued {5}; conflicts: {6}": "{0}: видано {1}, подано {2}, прийнято {3}, повернуто {4}, не видано {5}; розбіжностей: {6}",
    "<b>The executors sent a text that differs from yours.</b> Theirs, compared with yours:<br>{0}<br><a href='take:bodies'>Take the executors' text</a> · <a href='take:mine'>Keep my text</a>": "<b>Виконавці надіслали текст, що відрізняється від вашого.</b> Їхній текст порівняно з вашим:<br>{0}<br><a href='take:bodies'>Взяти текст виконавців</a> · <a href='take:mine'>Залишити мій текст</a>",
    "Filled": "Заповнено",
    "measures": "заходів",
    "Filled measures per body": "Заповнені заходи за органами",
    "Could not read the store: {0}": "Не вдалося прочитати сховище: {0}",
    "Measures of {0}": "Заходи органу {0}",
    "Cancelled; nothing was changed": "Скасовано; нічого не змінено",
    "Receive submissions": "Отримати подання",
    "zhdesk submissions (*.zhsub);;All files (*)": "Подання zhdesk (*.zhsub);;Усі файли (*)",
    "Receiving": "Отримую",
    "Where to put the form packages": "Куди зберегти бланки",
    "{0} form packages for {1} are in {2}. Send each body its own file.": "Бланків {1}: {0}, збережено в {2}. Надішліть кожному органу його файл.",
    "Issuing": "Видаю",
    "Choose a body in the table first.": "Спершу виберіть орган у таблиці.",
    "Accepting": "Приймаю",
    "Return to {0}": "Повернути: {0}",
    "What should the body fix?": "Що має виправити орган?",
    "A comment on the measure shown ({0}), or leave empty:": "Зауваження до показаного заходу ({0}), або залиште порожнім:",
    "Where to put the updated form package": "Куди зберегти оновлений бланк",
    "Returned. Send {0} this updated form package: {1}": "Повернуто. Надішліть органу {0} цей оновлений бланк: {1}",
    "Returning": "Повертаю",
    "Export the consolidated report": "Експорт зведеного звіту",
    "PDF (*.pdf);;Excel (*.xlsx);;Word (*.docx)": "PDF (*.pdf);;Excel (*.xlsx);;Word (*.docx)",
    "The report is saved: {0}": "Звіт збережено: {0}",
    "Exporting": "Експортую",
    "Resolving": "Вирішую",
    "Open a form package…": "Відкрити бланк…",
    "Make the submission…": "Сформувати подання…",
    "Open a form package": "Відкрити бланк",
    "zhdesk form packages (*.zhform)": "Бланки zhdesk (*.zhform)",
    "Opened the form of {0} for {1}: {2} measures": "Відкрито бланк {0} за {1}: заходів {2}",
    "<b>The coordinator's comment:</b> {0}": "<b>Зауваження координатора:</b> {0}",
    "(coordinator key {0} is trusted from now on instead of {1})": "(відтепер довірений ключ координатора {0} "
    "замість {1})",
    "The coordinator's key": "Ключ координатора",
    "This is the first form package this store has opened. It is signed with the coordinator key "
    "<b>{0}</b>.<br><br>Check these characters with the coordinator (by telephone, for example). "
    "From now on this store opens only packages signed with this key; a package signed with "
    "another key is shown to you before it is opened.": "Це перший бланк, відкритий у цьому сховищі. Його "
    "підписано ключем координатора <b>{0}</b>.<br><br>Звірте ці символи з координатором (наприклад, "
    "телефоном). Відтепер це сховище відкриває лише бланки, підписані цим ключем; бланк з іншим ключем "
    "zhdesk спершу покаже вам.",
    "Another coordinator key": "Інший ключ координатора",
    "The form package <b>{0}</b> is signed with another coordinator key (<b>{1}</b>) than the one "
    "this store trusts (<b>{2}</b>). It may not come from your coordinator.<br><br>"
    "Open it only if the coordinator has told you that their key changed (a new computer or store) "
    "and the new key's characters are the same as these. Trust the new key and open the package?": "Бланк "
    "<b>{0}</b> підписано іншим ключем координатора (<b>{1}</b>), ніж той, якому довіряє це сховище "
    "(<b>{2}</b>). Можливо, він надійшов не від вашого координатора.<br><br>Відкривайте його, лише якщо "
    "координатор сказав вам, що його ключ змінився (новий комп'ютер або сховище), і символи нового ключа "
    "збігаються з цими. Довіряти новому ключу й відкрити бланк?",
    "Trust the new key and open": "Довіряти новому ключу й відкрити",
    "Another programme year": "Інший рік програми",
    "The form package <b>{0}</b> is for the {1} programme ({2}); this store holds the form of {3} "
    "({4}).<br><br>Go on to the {1} programme in this store? The texts of {3} stay in it.": "Бланк <b>{0}</b> "
    "— на програму {1} року (звіт {2}); у цьому сховищі бланк {3} року (звіт {4}).<br><br>Перейти в цьому "
    "сховищі до програми {1} року? Тексти {3} року в ньому залишаться.",
    "Open the {0} form": "Відкрити бланк {0} року",
    "Do not open": "Не відкривати",
    "New reporting period": "Новий звітний період",
    "New reporting period…": "Новий звітний період…",
    "{0} (already open)": "{0} (уже відкрито)",
    "&Period:": "&Період:",
    "&Deadline for the submissions:": "&Термін подання:",
    "Bodies that report (each is issued a form). Unticked: a co-executor only (an NGO, a "
    "utility, a fund), whose part you may type yourself.": "Органи, що звітують (кожному видається бланк). "
    "Без позначки — лише співвиконавець (громадська організація, комунальне підприємство, фонд), чию частину "
    "ви можете вписати самі.",
    "Find a body": "Знайти орган",
    "{0} — measures: {1}": "{0} — заходів: {1}",
    "Open the period": "Відкрити період",
    "Reporting: {0} of {1}": "Звітних: {0} з {1}",
    "Opening the period": "Відкриваю період",
    " (deadline {0})": " (термін подання {0})",
    "The store holds no programme yet: import the approved programme or a report first.": "У сховищі ще "
    "немає програми: спершу імпортуйте затверджену програму або звіт.",
    "Deadline": "Термін",
    "co-executor only: no form of its own": "лише співвиконавець: без власного бланка",
    "Reporting bodies": "Звітні органи",
    "Waiting for review (submitted, returned)": "Чекають на розгляд (подані, повернені)",
    "Not submitted yet": "Ще не подали",
    "Late": "Із запізненням",
    "Accepted": "Прийняті",
    "All, with co-executors": "Усі, зі співвиконавцями",
    "measures": "заходів",
    "submitted on time": "подано вчасно",
    "submitted late": "подано із запізненням",
    "days left: {0}": "залишилося днів: {0}",
    "due today": "термін сьогодні",
    "days late: {0}": "прострочено днів: {0}",
    "Deadline: {0} ({1})": "Термін подання: {0} ({1})",
    "The form package {0} was not opened": "Бланк {0} не відкрито",
    "Returned by the coordinator: {0}": "Повернуто координатором: {0}",
    "Save the submission": "Зберегти подання",
    "zhdesk submissions (*.zhsub)": "Подання zhdesk (*.zhsub)",
    "Submission no. {0} ({1} measures) is saved as {2}. Send this file to the coordinator.": "Подання № {0} (заходів: {1}) збережено як {2}. Надішліть цей файл координатору.",
    "Not submitted": "Не подано",
    "The texts still have {0} errors. They are listed in the Problems panel; fix them and make the submission again.": "У текстах ще є помилки ({0}). Їх перелічено на панелі «Проблеми»; виправте їх і сформуйте подання знову.",
    "Changes of this measure's texts": "Зміни текстів цього заходу",
    "No changes recorded yet.": "Змін ще не записано.",
    "typed": "введено",
    "imported": "імпортовано",
    "submission": "подання",
    "conflict resolved": "розбіжність вирішено",
    "form package": "бланк",
    "report": "звіт",
    "&File": "&Файл",
    "&View": "&Вигляд",
    "Comments and conflicts for this measure": "Зауваження та розбіжності щодо заходу",
    "Submissions received": "Отримані подання",
    "What the submissions changed": "Що змінили подання",
    "Files: {0}; received: {1}; already there: {2}; rejected: {3}": "Файлів: {0}; отримано: {1}; уже були: {2}; відхилено: {3}",
    "rejected, nothing was changed.": "відхилено, нічого не змінено.",
    "received before; nothing changed.": "уже отримано раніше; нічого не змінено.",
    "{0}, submission no. {1}; measures changed: {2}": "{0}, подання № {1}; змінено заходів: {2}",
    "{0} measures of the form were retired from the programme after it was issued; their texts were not applied.": "Заходів бланка, виключених із програми після його видачі: {0}; їхні тексти не внесено.",
    "{0} measures of the form were given to other executors by an amendment after it was issued; their texts were not applied.": "Заходів бланка, які зміни до програми передали іншим виконавцям після його видачі: {0}; їхні тексти не внесено.",
    "{0} measures keep your own text; the executors' text waits beside it in the card.": "Заходів, де залишено ваш текст: {0}; текст виконавців показано поруч у картці заходу.",
    "Body": "Орган",
    "Status": "Стан",
    "Last submission": "Останнє подання",
    "Errors": "Помилки",
    "Warnings": "Попередження",
    "Name": "Назва",
    "not issued": "не видано",
    "issued": "видано",
    "submitted": "подано",
    "accepted": "прийнято",
    "returned": "повернуто",
    "Open": "Відкрити",
    "Show in folder": "Показати в теці",
    "Executive bodies": "Виконавчі органи",
    "History of the measure": "Історія заходу",
    "&Help": "&Довідка",
    "About zhdesk…": "Про zhdesk…",
    "<h3>zhdesk {0}</h3><p>Quarterly execution report of the community development programme.</p><p><b>Store:</b> {1}<br><b>Schema version:</b> {2}<br><b>Data folder:</b> {3}</p><p>Qt for Python {4}. Fonts: Liberation Serif (SIL Open Font License).</p>": "<h3>zhdesk {0}</h3><p>Квартальний звіт про виконання Програми соціально-економічного і культурного розвитку громади.</p><p><b>Сховище:</b> {1}<br><b>Версія схеми:</b> {2}<br><b>Тека даних:</b> {3}</p><p>Qt for Python {4}. Шрифти: Liberation Serif (SIL Open Font License).</p>",
    "About zhdesk": "Про zhdesk",
    "Submissions are received in the coordinator's store; send this file to the coordinator.": "Подання отримує координатор у своєму сховищі; надішліть цей файл координатору.",
    "Print preview…": "Попередній перегляд друку…",
    "Print…": "Друк…",
    "Preparing the report…": "Готую звіт…",
    "Export the report": "Експорт звіту",
    "The report could not be prepared.": "Не вдалося підготувати звіт.",
    "Print preview": "Попередній перегляд друку",
    "The file is damaged or is not a zhdesk file.": "Файл пошкоджено, або це не файл zhdesk.",
    "The file cannot be read.": "Файл не вдається прочитати.",
    "The file is too large for an exchange file.": "Файл завеликий для файла обміну.",
    "The file was made by another version of zhdesk; both sides need the same release.": "Файл створено іншою версією zhdesk; у відправника й отримувача має бути однакова версія.",
    "The file's contents are not what zhdesk writes.": "Вміст файла не такий, який записує zhdesk.",
    "The signature does not match: the file was changed after it was made, or it was not made from the form package issued to this body.": "Підпис не збігається: файл змінено після створення, або його зроблено не з бланка, виданого цьому органу.",
    "No form package for this period was issued to this body from this store.": "Цьому органу не видавали бланк на цей період із цього сховища.",
    "A newer submission of this body has already been received.": "Від цього органу вже отримано новіше подання.",
    "The file has measures that are not this body's.": "У файлі є заходи, які не належать цьому органу.",
    "The period or the programme year does not match the form package.": "Період або рік програми не відповідає бланку.",
    "This store cannot take this file.": "Це сховище не може прийняти цей файл.",
    "The file cannot be used.": "Файл не можна використати.",
    "Cancelled; what was done before the cancel is kept": "Скасовано; зроблене до скасування збережено",
    "two bodies merged into one": "два органи об'єднано в один",
    "The store is busy: another zhdesk or another program is writing to it. Nothing was changed; try again in a moment.": "Сховище зайняте: у нього саме записує інший zhdesk або інша програма. Нічого не змінено; спробуйте ще раз за хвилину.",
    "NOT saved: the store is busy with another program. The text is kept in the recovery journal; retrying in 5 seconds…": "НЕ збережено: сховище зайняте іншою програмою. Текст збережено в журналі відновлення; повторю спробу за 5 секунд…",
    "The store refused the change ({0}); nothing was changed.": "Сховище не прийняло зміну ({0}); нічого не змінено.",
    " — read-only": " — лише для читання",
    "<b>NOT saved: someone else saved another text of this measure while you typed</b> (another window, the "
    "command line or a colleague on the server). The stored text, compared with yours:<br>{0}<br>"
    "<a href='save:mine'>Keep my text</a> · <a href='save:stored'>Take the stored text</a>": "<b>НЕ збережено: "
    "поки ви писали, хтось інший зберіг інший текст цього заходу</b> (інше вікно, командний рядок або колега на "
    "сервері). Збережений текст порівняно з вашим:<br>{0}<br><a href='save:mine'>Залишити мій текст</a> · "
    "<a href='save:stored'>Взяти збережений текст</a>",
    "{0} texts were changed by someone else meanwhile and are NOT saved: choose above the text": "Текстів, які "
    "тим часом змінив хтось інший, НЕ збережено: {0}. Оберіть над текстом, який залишити",
    "<b>Recovered:</b> this text had not reached the store when zhdesk was last closed unexpectedly; it is saved "
    "now. Check it before going on.": "<b>Відновлено:</b> цей текст не встиг потрапити до сховища, коли zhdesk "
    "минулого разу несподівано закрився; тепер його збережено. Перевірте його, перш ніж продовжити.",
    "a text {0}": "текст {0}",
    "Texts recovered": "Тексти відновлено",
    "zhdesk was closed before {0} texts reached the store. They are recovered and saved now:": "zhdesk закрився "
    "раніше, ніж до сховища потрапили тексти ({0}). Їх відновлено і збережено:",
    "Texts not saved": "Тексти не збережено",
    "{0} of your texts are not saved because someone else changed them meanwhile. Close anyway? Your texts are "
    "kept and offered again the next time this store is opened.": "Ваші тексти ({0}) не збережено, бо тим часом "
    "їх змінив хтось інший. Усе одно закрити? Ваші тексти залишаться і будуть запропоновані знову, коли це "
    "сховище відкриють наступного разу.",
    # Settings → Report settings… (gui/settings_dialog.py) and the checklist before export (gui/checklist.py)
    "Report settings…": "Параметри звіту…",
    "Report settings": "Параметри звіту",
    "Report": "Звіт",
    "Heads of executive bodies": "Керівники виконавчих органів",
    "Close": "Закрити",
    "Save": "Зберегти",
    "The store is read-only: the settings are shown, they cannot be changed here.": "Сховище лише для "
    "читання: параметри показано, але змінити їх тут не можна.",
    "In the genitive case, as the report's title names it": "У родовому відмінку, як у назві звіту",
    "Community:": "Громада:",
    "Programme title:": "Назва програми:",
    "Footnote after the table:": "Примітка після таблиці:",
    "Signs the consolidated report": "Підписує зведений звіт",
    "A line break here is a line break on paper": "Новий рядок тут — новий рядок на папері",
    "The given name and the surname; the surname is printed in capitals": "Власне ім'я та прізвище; "
    "прізвище друкується великими літерами",
    "Position:": "Посада:",
    "Given name and surname:": "Ім'я та прізвище:",
    "As it will print:": "Як буде надруковано:",
    "The head signs the body's own report. The name is printed as <i>Власне ім'я ПРІЗВИЩЕ</i>, level with "
    "the last line of the position.": "Керівник підписує звіт свого виконавчого органу. Ім'я друкується як "
    "<i>Власне ім'я ПРІЗВИЩЕ</i>, на рівні останнього рядка посади.",
    "Find a body by its name or code": "Знайти орган за назвою або кодом",
    "Code": "Код",
    "Executive body": "Виконавчий орган",
    "Head's position": "Посада керівника",
    "Given name and surname": "Ім'я та прізвище",
    "Choose a body to see its signature block.": "Виберіть орган, щоб побачити його блок підпису.",
    "The report of {0} will be signed:": "Звіт {0} буде підписано так:",
    "(no position)": "(посаду не вказано)",
    "(no name)": "(ім'я не вказано)",
    "<b>The report's title:</b> <i>{0}</i>": "<b>Назва звіту:</b> <i>{0}</i>",
    "Saving…": "Зберігаю…",
    "The report settings are saved": "Параметри звіту збережено",
    "Not saved: {0}": "Не збережено: {0}",
    "<b>Not saved.</b> Fix this first:": "<b>Не збережено.</b> Спершу виправте:",
    "Community": "Громада",
    "Programme title": "Назва програми",
    "Footnote": "Примітка",
    "Signatory's position": "Посада підписанта",
    "Signatory's name": "Ім'я підписанта",
    "Position of the head of {0}": "Посада керівника {0}",
    "Name of the head of {0}": "Ім'я керівника {0}",
    "fill it in.": "заповніть це поле.",
    "write the given name and the surname, for example Вікторія Сичова.": "напишіть власне ім'я та прізвище, "
    "наприклад Вікторія Сичова.",
    "write the given name in full, not initials: Вікторія Сичова, not В. Сичова.": "напишіть власне ім'я "
    "повністю, а не ініціал: Вікторія Сичова, а не В. Сичова.",
    "a name holds only letters, an apostrophe, a hyphen and spaces.": "ім'я може містити лише літери, "
    "апостроф, дефіс і пробіли.",
    "a name is printed under a position: fill in the position too.": "ім'я друкується разом із посадою: "
    "заповніть і посаду.",
    "a position is printed with a name: fill in the name too.": "посада друкується разом з ім'ям: заповніть і ім'я.",
    "Before the report goes out": "Перед експортом і друком",
    "What to check before the report goes out": "Що перевірити перед експортом і друком звіту",
    "Click a measure to go to it in the window; this list stays open.": "Клацніть захід, щоб перейти до "
    "нього у вікні; цей перелік лишається відкритим.",
    "Export anyway": "Все одно експортувати",
    "Print anyway": "Все одно друкувати",
    "Preview anyway": "Все одно переглянути",
    "The consolidated report {0} ({1} measures) is not ready yet:": "Зведений звіт {0} (заходів: {1}) ще не готовий:",
    "Measures without an execution text: {0}": "Заходи без тексту виконання: {0}",
    "Open conflicts: {0}": "Невирішені розбіжності: {0}",
    "Executive bodies not accepted yet: {0}": "Виконавчі органи, подання яких ще не прийнято: {0}",
    "no submission yet": "подання ще немає",
    "submitted, not reviewed yet": "подано, ще не розглянуто",
    "returned with comments": "повернуто із зауваженнями",
    "no form issued": "бланк не видано",
    "for example: {0}": "наприклад: {0}",
    "The consolidated report {0} ({1} measures): nothing is left to check.": "Зведений звіт {0} (заходів: "
    "{1}): перевіряти більше нічого.",
    "No signatory: the report has no signature block (click to set it)": "Не вказано підписанта: у звіті "
    "не буде блоку підпису (клацніть, щоб вказати)",
    "Settings → Report settings…": "Налаштування → Параметри звіту…",
    "Texts with errors: {0}": "Тексти з помилками: {0}",
    "Measure {0}: {1}": "Захід {0}: {1}",
    "The report could not be checked: {0}": "Не вдалося перевірити звіт: {0}",
    # Звіт: the review of the whole report (gui/coordinator/review_*.py, return_dialog.py)
    "Undo": "Скасувати",
    "No.": "№",
    "Tasks": "Завдання",
    "Measures": "Заходи",
    "Responsible executor": "Відповідальний виконавець",
    "Execution of the measures": "Виконання заходів",
    "Text state": "Стан тексту",
    "Programme or funding": "Програма або фінансування",
    "conflict: {0} sent another text": "конфлікт: {0} надіслали інший текст",
    "from {0}": "від {0}",
    "edited by the coordinator": "змінено координатором",
    "from the imported report": "з імпортованого звіту",
    "empty": "порожній",
    "Execution of the measure": "Виконання заходу",
    "Undoing": "Скасовую",
    "Take the executors' text": "Взяти текст виконавців",
    "Keep my text": "Залишити мій",
    "Open the card": "Відкрити картку",
    "All texts": "Усі тексти",
    "Conflicts": "Конфлікти",
    "Empty": "Порожні",
    "From the bodies": "Від виконавців",
    "Edited by the coordinator": "Змінені координатором",
    "From the imported report": "З імпортованого звіту",
    "Return…": "Повернути…",
    "Return to:": "Повернути:",
    "Where to put the updated form packages": "Куди покласти оновлені бланки",
    "Return with comments": "Повернути із зауваженнями",
    "Accepted: {0}": "Прийнято: {0}",
    "Took the executors' text: {0}": "Взято текст виконавців: захід {0}",
    "Kept my text: {0}": "Залишено мій текст: захід {0}",
    "Find in the report…": "Знайти у звіті…",
    "The consolidated report": "Зведений звіт",
    "Choose a measure to see its text whole.": "Виберіть захід, щоб побачити його текст повністю.",
    "The executors' text ({0})": "Текст виконавців ({0})",
    "My text, now in the report": "Мій текст, зараз у звіті",
    "{0} of {1} measures; conflicts: {2}": "{0} з {1} заходів; конфліктів: {2}",
    "Comment on the whole submission:": "Зауваження до всього подання:",
    "Comments on the measures (leave empty where there is none):": "Зауваження до заходів (залиште порожнім, де їх немає):",
    "What should the bodies fix?": "Що мають виправити виконавці?",
    "Nothing received yet from {0}: not returned.": "Від {0} ще нічого не отримано: їм не повертається.",
    "Check at least one body to return the submission to.": "Позначте хоча б один орган, якому повернути подання.",
    "Say what to fix: write a comment on the whole submission, or on a measure of {0}.": "Скажіть, що виправити: напишіть зауваження до всього подання або до заходу {0}.",
    "Returned to {0}. Send each body its updated form package from {1}": "Повернуто: {0}. Надішліть кожному органу його оновлений бланк із {1}",
    "The submissions for {0} of the bodies checked go back with your comments; each gets an updated form package to send it. {1} measures chosen.": "Подання {0} позначених органів повертаються з вашими зауваженнями; для кожного буде оновлений бланк, який треба йому надіслати. Вибрано заходів: {1}.",
    "Accept the submission of {0} for {1}?\n\nIt can be undone until a newer submission comes from the body.": "Прийняти подання {0} {1}?\n\nЦе можна скасувати, доки не надійде новіше подання від цього органу.",
    "Take the executors' text for measure {0}?\n\nYour text leaves the report (the history keeps it). It can be undone until a text of the measure changes.": "Взяти текст виконавців для заходу {0}?\n\nВаш текст вийде зі звіту (в історії він залишиться). Це можна скасувати, доки тексти заходу не зміняться.",
    "Not undone: a newer submission came from {0} after it was accepted. Review that one.": "Не скасовано: після прийняття надійшло новіше подання від {0}. Перегляньте його.",
    "Not undone: the submission of {0} was reviewed again since.": "Не скасовано: подання {0} після того вже переглянуто знову.",
    "Not undone: the executors sent another text of measure {0} since.": "Не скасовано: виконавці надіслали інший текст заходу {0} після того.",
    "Not undone: the text of measure {0} was changed since.": "Не скасовано: текст заходу {0} після того змінено.",
    "Not undone: {0} changed since.": "Не скасовано: {0} після того змінилося.",
    "In a window of its own": "Окремим вікном",
    "The report in a large window of its own, beside the main one": "Звіт у великому окремому вікні, поруч із головним",
    "Back into the main window": "Назад у головне вікно",
    "{0} measures chosen: a comment can be written on the first {1} here.": "Вибрано заходів: {0}; зауваження "
    "до окремих заходів можна написати до перших {1}.",
    # Імпортувати звіт… / Імпортувати програму… (gui/import_dialogs.py, import_outcome.py, import_decisions.py)
    "Import a report": "Імпорт звіту",
    "Import a programme": "Імпорт програми",
    "Import a report…": "Імпортувати звіт…",
    "Import a programme…": "Імпортувати програму…",
    "Last period's report or a published one: TXT/TSV, XLSX or DOCX": "Звіт за минулий період або "
    "опублікований звіт: TXT/TSV, XLSX чи DOCX",
    "The approved programme of a year, or an amendment of it": "Затверджена програма року або зміни до неї",
    "Tables (*.txt *.tsv *.xlsx *.docx);;All files (*)": "Таблиці (*.txt *.tsv *.xlsx *.docx);;Усі файли (*)",
    "Reading the file": "Читання файлу",
    "The file was not imported": "Файл не імпортовано",
    "Where": "Де",
    "What was repaired": "Що виправлено",
    "Programme year:": "Рік програми:",
    "as the file's title names it": "як у назві файлу",
    "Merge or tell apart…": "Об'єднати або розрізнити…",
    "Press Import to import the file.": "Натисніть «Імпортувати», щоб імпортувати файл.",
    "Press Check to see what the file does to the programme; nothing is changed yet.": "Натисніть "
    "«Перевірити», щоб побачити, що файл змінить у програмі; поки що нічого не змінюється.",
    "New executive bodies: {0}": "Нові виконавчі органи: {0}",
    "Suspected duplicates: {0} (never merged without you)": "Можливі дублікати: {0} (без вас нічого не об'єднується)",
    "Summary": "Підсумок",
    "Uncertain ({0})": "Невизначені ({0})",
    "Repairs ({0})": "Виправлення ({0})",
    "Bodies ({0} new, {1} duplicates?)": "Органи (нових {0}, дублікатів? {1})",
    "The file needed no repairs.": "Файл не потребував виправлень.",
    "Import with these answers": "Імпортувати з цими відповідями",
    "Import": "Імпортувати",
    "Apply": "Застосувати",
    "Check": "Перевірити",
    "Cancelled.": "Скасовано.",
    "Importing": "Імпорт",
    "Checking the plan": "Перевірка плану",
    "Applying": "Застосування",
    "matched, unchanged": "зіставлено, без змін",
    "renumbered": "перенумеровано",
    "re-worded": "переформульовано",
    "moved to another task": "перенесено до іншого завдання",
    "executors changed": "змінено виконавців",
    "funding changed": "змінено фінансування",
    "added": "додано",
    "restored": "відновлено",
    "uncertain": "невизначено",
    "retired": "виключено",
    "programmes": "програм",
    "priorities": "пріоритетів",
    "sectors": "напрямів",
    "tasks": "завдань",
    "execution texts": "текстів виконання",
    "settings": "налаштувань",
    "executor lists": "списків виконавців",
    "priorities restored": "відновлено пріоритетів",
    "sectors restored": "відновлено напрямів",
    "tasks restored": "відновлено завдань",
    "measures restored": "відновлено заходів",
    "measures retired": "виключено заходів",
    "tasks retired": "виключено завдань",
    "sectors retired": "виключено напрямів",
    "priorities retired": "виключено пріоритетів",
    "Priority": "Пріоритет",
    "Sector": "Напрям",
    "Task": "Завдання",
    "renamed": "перейменовано",
    "moved": "перенесено",
    "Nothing was imported yet: say for each uncertain matching (the Uncertain tab) whether it is the same "
    "measure, then press Import with these answers.": "Поки що нічого не імпортовано: укажіть для кожного "
    "невизначеного зіставлення (вкладка «Невизначені»), чи це той самий захід, і натисніть «Імпортувати з цими "
    "відповідями».",
    "The plan, checked: nothing was changed yet. Say for each uncertain matching (the Uncertain tab) whether it "
    "is the same measure, then press Apply.": "План перевірено: нічого ще не змінено. Укажіть для кожного "
    "невизначеного зіставлення (вкладка «Невизначені»), чи це той самий захід, і натисніть «Застосувати».",
    "The plan, checked: nothing was changed yet. Press Apply to make these changes.": "План перевірено: "
    "нічого ще не змінено. Натисніть «Застосувати», щоб внести ці зміни.",
    "The store already held exactly this; nothing changed.": "Сховище вже містило саме це; нічого не змінено.",
    "Imported for {0}.": "Імпортовано {0}.",
    "Applied to the programme of {0}.": "Застосовано до програми {0} року.",
    "Measures in the file": "Заходів у файлі",
    "Repairs": "Виправлення",
    "New executive bodies": "Нові виконавчі органи",
    "Suspected duplicate bodies": "Можливі дублікати органів",
    "{0} priorities, {1} sectors, {2} measures": "пріоритетів: {0}, напрямів: {1}, заходів: {2}",
    "nothing": "нічого",
    "Created: {0}. Changed: {1}.": "Створено: {0}. Змінено: {1}.",
    "Linked to the programme of {0}: {1} measures ({2} to check)": "Пов'язано з програмою {0} року: "
    "заходів {1} (перевірити: {2})",
    "Linked {0} measures of the programme of {1} to these measures": "З цими заходами пов'язано заходів "
    "програми {1} року: {0}",
    "Note": "Примітка",
    "Text after the footnote (the signature block), not imported: {0}": "Текст після виноски (блок підпису), "
    "не імпортовано: {0}",
    "A report import keeps the programme as the store has it; where the file differs, its texts were imported "
    "and the programme kept (amend it with File → Import a programme… if the file is right):": "Імпорт звіту "
    "не змінює програму у сховищі; там, де файл відрізняється, імпортовано тексти, а програму збережено "
    "(якщо файл правильний, змініть її через Файл → Імпортувати програму…):",
    "left out of the reports from {0} on; texts and history kept": "не входять до звітів з {0}; тексти та "
    "історію збережено",
    "after the year's last report; texts and history kept": "після останнього звіту року; тексти та історію збережено",
    "In the store but not in this file (kept)": "Є у сховищі, але немає в цьому файлі (збережено)",
    "Priorities, sectors and tasks": "Пріоритети, напрями та завдання",
    "{0:.0%} alike": "схожість {0:.0%}",
    "In the file: {0}": "У файлі: {0}",
    "In the store: {0}": "У сховищі: {0}",
    "The same measure (its texts and history follow it)": "Той самий захід (його тексти та історія зберігаються)",
    "Different measures: the file's is added, the store's is retired": "Різні: захід з файлу новий, захід "
    "сховища виключається",
    "Different measures: the file's is added as a new one": "Різні: захід з файлу додається як новий",
    "All are the same measures": "Усі — ті самі заходи",
    "The file is complete: retire {0} of the programme's {1} measures": "Файл повний: виключити {0} з {1} "
    "заходів програми",
    "These measures of the file look like measures of the store but are not alike enough to be sure. Say for "
    "each whether it is the same measure.": "Ці заходи файлу схожі на заходи сховища, але недостатньо, щоб бути "
    "певним. Укажіть для кожного, чи це той самий захід.",
    "The file would retire a large part of the programme.": "Файл виключив би значну частину програми.",
    "No uncertain matchings.": "Невизначених зіставлень немає.",
    # the importer's repairs and refusals (gui/import_words.py)
    "line": "рядок",
    "column": "стовпець",
    "table": "таблиця",
    "row": "рядок",
    "cell": "клітинка",
    "sheet": "аркуш",
    "file": "файл",
    "workbook": "книга",
    "separator row of dashes removed": "рядок-роздільник із рисок вилучено",
    "repeated header row skipped": "повторений рядок заголовка пропущено",
    "the row had {0} cells instead of {1}: the leading empty cell was missing and every column was shifted "
    "left; columns restored": "у рядку {0} клітинок замість {1}: бракувало першої порожньої клітинки, і всі "
    "стовпці зсунулися ліворуч; стовпці відновлено",
    "the row had {0} cells; the missing empty cells at its end added": "у рядку {0} клітинок; відсутні порожні "
    "клітинки в кінці додано",
    "the row continues the cells of measure {0} above; joined to them": "рядок продовжує клітинки заходу {0} "
    "вище; приєднано до них",
    "heading {0} stood in column {1}; read as a spanning row": "заголовок {0} стояв у стовпці {1}; прочитано як "
    "рядок на всю ширину",
    "priority {0} has no strategic goal line": "пріоритет {0} не має рядка стратегічної цілі",
    "sector title {0} is not bold; recognised as a sector": "назву напряму {0} не виділено жирним; розпізнано "
    "як напрям",
    "priority title {0} tidied to {1}": "назву пріоритету {0} упорядковано: {1}",
    "the priority and its strategic goal were on one row; split into {0} and the goal {1}": "пріоритет і його "
    "стратегічна ціль були в одному рядку; розділено на {0} і ціль {1}",
    "sector title {0} was fused into the task cell; split into a sector row": "назву напряму {0} злито з "
    "клітинкою завдання; виділено в рядок напряму",
    "a task without a number; numbered {0}": "завдання без номера; пронумеровано {0}",
    "task number {0} had a trailing dot": "номер завдання {0} мав крапку в кінці",
    "task number {0} does not follow the sector's numbering (its measures are numbered {1}); renumbered to {2}": "номер завдання {0} не відповідає нумерації напряму (його заходи мають номери {1}); перенумеровано на {2}",
    "the task numbering in the sector jumps to {0} (expected {1}); kept": "нумерація завдань у напрямі "
    "перескакує на {0} (очікувалося {1}); залишено",
    "measure number {0} had no trailing dot; read as {1}": "номер заходу {0} не мав крапки в кінці; прочитано як {1}",
    "no space after measure number {0}; read as {1}": "немає пробілу після номера заходу {0}; прочитано як {1}",
    "measure {0} is numbered outside its task {1}; kept as published": "захід {0} пронумеровано поза його "
    "завданням {1}; залишено як опубліковано",
    "the six-column report table was read as the programme; column 5 (Виконання заходів) ignored: {0} texts": "шестистовпцеву таблицю звіту прочитано як програму; стовпець 5 (Виконання заходів) пропущено, текстів: {0}",
    "{0} blank rows skipped (lines {1})": "пропущено порожніх рядків: {0} (рядки {1})",
    "priority {0} has no sectors": "пріоритет {0} не має напрямів",
    "sector {0} has no measures": "напрям {0} не має заходів",
    "text outside the table's columns read as a table row": "текст поза стовпцями таблиці прочитано як рядок таблиці",
    "read in the {0} encoding (not UTF-8)": "прочитано в кодуванні {0} (не UTF-8)",
    "the cell held a formula ({0}); its shown value was imported": "клітинка містила формулу ({0}); імпортовано "
    "показане значення",
    "read sheet {0}; skipped {1}": "прочитано аркуш {0}; пропущено {1}",
    "{0} measures of the store are not in this file; they are kept": "заходів сховища, яких немає в цьому "
    "файлі: {0}; їх збережено",
    "the title names {1} ({0}), but the import is for {2}": "назва файлу називає період {1} ({0}), а імпорт — за {2}",
    "{0} of the retired measures have texts in the {1} report; retired from {2} on, they are left out of it "
    "(their texts are kept)": "виключені заходи, що мають тексти у звіті {1}: {0}; виключені з {2}, вони не "
    "ввійдуть до нього (їхні тексти збережено)",
    "the file is empty": "файл порожній",
    "this is a folder, not a file": "це тека, а не файл",
    "the file cannot be read: {0}": "файл не вдається прочитати: {0}",
    "the file is {0} MB; an official table is at most {1} MB": "файл має {0} МБ; офіційна таблиця — щонайбільше {1} МБ",
    "an old Excel/Word format (.xls/.doc): save it as .xlsx or .docx first": "старий формат Excel/Word "
    "(.xls/.doc): спершу збережіть файл як .xlsx або .docx",
    "a zip archive that is neither an XLSX workbook nor a DOCX document": "zip-архів, який не є ні книгою XLSX, "
    "ні документом DOCX",
    "not a valid {0} file (cut short or damaged)": "це не справний файл {0} (обрізаний або пошкоджений)",
    "a damaged or cut short {0} file": "пошкоджений або обрізаний файл {0}",
    "a damaged {0} file ({1})": "пошкоджений файл {0} ({1})",
    "binary data, not a text table (TXT/TSV), an XLSX or a DOCX file": "двійкові дані, а не текстова таблиця "
    "(TXT/TSV), файл XLSX чи DOCX",
    "not valid UTF-8 text (save the file as UTF-8)": "текст не в UTF-8 (збережіть файл у кодуванні UTF-8)",
    "damaged UTF-16 text (save the file as UTF-8)": "пошкоджений текст UTF-16 (збережіть файл у кодуванні UTF-8)",
    "a control character in the text": "керівний символ у тексті",
    "not the approved programme: no header row (№ з/п · Завдання · Заходи · Відповідальний виконавець · Назва "
    "програми …) was found": "це не затверджена програма: не знайдено рядка заголовка (№ з/п · Завдання · "
    "Заходи · Відповідальний виконавець · Назва програми …)",
    "not the official table: no header row (№ з/п · Завдання · Заходи · Відповідальний виконавець · Виконання "
    "заходів · Назва програми …) was found": "це не офіційна таблиця: не знайдено рядка заголовка (№ з/п · "
    "Завдання · Заходи · Відповідальний виконавець · Виконання заходів · Назва програми …)",
    "the table has a header but no measures": "таблиця має заголовок, але не має заходів",
    "a row with no task and no measure: {0}": "рядок без завдання і без заходу: {0}",
    "{0} columns; the table has {1}": "стовпців: {0}; у таблиці їх {1}",
    "sector {0} comes before any priority row": "напрям {0} стоїть раніше за будь-який рядок пріоритету",
    "sector {0} appears twice in {1}": "напрям {0} трапляється двічі в {1}",
    "a measure row before any task": "рядок заходу раніше за будь-яке завдання",
    "the measure's cell (column 3) is empty": "клітинка заходу (стовпець 3) порожня",
    "a task before any sector row": "завдання раніше за будь-який рядок напряму",
    "task number {0} is not a number": "номер завдання {0} — не число",
    "task {0} has no text": "завдання {0} не має тексту",
    "task {0} appears twice in sector {1}": "завдання {0} трапляється двічі в напрямі {1}",
    "the measure does not start with its number (like 1.1.): {0}": "захід не починається зі свого номера "
    "(на кшталт 1.1.): {0}",
    "measure {0} appears twice in task {1}": "захід {0} трапляється двічі в завданні {1}",
    "a row starting with * (read as the footnote) stands inside the table": "рядок, що починається з * "
    "(прочитаний як виноска), стоїть усередині таблиці",
    "text far outside the table's columns": "текст далеко за межами стовпців таблиці",
    "{0}: the title names the programme of {1}, not of {2}": "{0}: назва файлу називає програму на {1} рік, "
    "а не на {2}",
    "{0}: the title names {2}, not a period of {3}": "{0}: назва файлу називає період {2}, а не період {3} року",
    "{0}: measure {1} is new in the file, but the programme already has a {2} there ({3}): the file follows an "
    "amended programme; import it with File → Import a programme… first, then the report": "{0}: захід {1} у "
    "файлі новий, але в програмі там уже є {2} ({3}): файл відповідає зміненій програмі; спершу імпортуйте її "
    "(Файл → Імпортувати програму…), потім звіт",
    "the programme changed while this file was being matched (another import or edit at the same time?); "
    "nothing was written: try again": "програма змінилася, поки файл зіставлявся (водночас інший імпорт чи "
    "редагування?); нічого не записано: спробуйте ще раз",
    "some matchings are still uncertain: confirm or reject each of them": "деякі зіставлення ще невизначені: "
    "підтвердьте або відхиліть кожне",
    "{0} has already been issued form packages or has sent submissions; merging it now would invalidate them": "{0} уже отримав бланки або надіслав подання; об'єднання зараз зробило б їх недійсними",
    "these are already the same executive body": "це вже той самий виконавчий орган",
    "the whole file": "файл загалом",
    "{0} was not imported; nothing was changed.\nWhere: {1}\nWhat is wrong: {2}": "{0} не імпортовано; нічого "
    "не змінено.\nДе: {1}\nЩо не так: {2}",
    "The file was not imported; nothing was changed.\n{0}": "Файл не імпортовано; нічого не змінено.\n{0}",
    "The executive bodies were not changed: {0}": "Виконавчі органи не змінено: {0}",
    # Дублікати виконавчих органів (gui/duplicates_dialog.py)
    "{0}, measures: {1}": "{0}, заходів: {1}",
    "The names differ only in letter case, quotes or punctuation.": "Назви відрізняються лише регістром літер, "
    "лапками чи розділовими знаками.",
    "The names are spelt almost the same (a typo or an abbreviation?).": "Назви написано майже однаково "
    "(описка чи скорочення?).",
    "Merge": "Об'єднати",
    "Keep the chosen body; the other's name becomes its alias": "Залишити вибраний орган; назва іншого стане "
    "його другою назвою",
    "They are different": "Це різні",
    "Remembered: this pair is not suggested again": "Запам'ятовується: цю пару більше не буде запропоновано",
    "Keep {0}": "Залишити {0}",
    "Duplicate executive bodies": "Дублікати виконавчих органів",
    "These executive bodies may be one body written in two ways. Choose the name to keep and merge them, or say "
    "that they are different bodies.": "Ці виконавчі органи можуть бути одним органом, записаним двома "
    "способами. Виберіть назву, яку залишити, й об'єднайте їх або вкажіть, що це різні органи.",
    "No suspected duplicates: every executive body's name is its own.": "Можливих дублікатів немає: кожен "
    "виконавчий орган має власну назву.",
    "Merged: {0} is now also known as {1}.": "Об'єднано: {0} тепер має також назву {1}.",
    "Merging": "Об'єднання",
    "{0} and {1} are different bodies; they will not be suggested again.": "{0} і {1} — різні органи; їх "
    "більше не буде запропоновано.",
    "Saving": "Збереження",
    "Duplicate executive bodies…": "Дублікати виконавчих органів…",
}


def fill(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in UK:
            translation.text = UK[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = fill(Path(sys.argv[1]))
    if left:
        sys.exit("untranslated: " + "; ".join(left))
