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
    "Measure {0}: {1}": "Захід {0}: {1}",
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
