/** 配置读取阶段的消息（简体中文）：语法、注释、指令、#include、段头。 */
import type { enLoadMessages } from '../en/load';

export const zhLoadMessages = {
  'file-not-included': (p) =>
    `没有任何配置文件包含 ${p.name}，因此 Asterisk 根本不会读取它。这里单独检查它；如果它应当加载，请在 pjsip.conf 中加入 '#include ${p.name}'。`,
  'line-ending-cr': () =>
    '本文件用单独的回车符（CR）作为行尾。Asterisk 只在换行符（LF）处分行，会把这些行当成一整行读取：其后的内容对它来说并不存在。',
  'line-too-long': (p) => `这一行长 ${p.length} 个字符；Asterisk 会跳过超过 ${p.max} 个字符的行。`,
  'block-comment-nesting': (p) => `';--' 块注释嵌套超过 ${p.max} 层：Asterisk 无法越过这一行。`,
  'block-comment-stray-end': () =>
    "这个 '--;' 没有对应的 ';--' 块注释。Asterisk 的注释计数会变成负数，于是本文件之后的每一行都被忽略，直到出现 ';--' 为止。",
  'block-comment-unterminated': () =>
    "这个 ';--' 块注释一直没有结束：从这里到文件末尾的所有内容，在 Asterisk 看来都是注释。",
  'directive-missing-argument/include': (p) => `#${p.directive} 需要一个文件名；Asterisk 会跳过这一行。`,
  'directive-missing-argument/exec': () => '#exec 需要一条命令；Asterisk 会跳过这一行。',
  'exec-not-checked': () =>
    '这里不会执行 #exec，因此它生成的内容不会被检查。Asterisk 自身也只有在 asterisk.conf 中设置 execincludes=yes 时才会执行它。',
  'unknown-directive': (p) => `未知指令 '#${p.directive}'：Asterisk 会跳过这一行。注释以 ';' 开头。`,
  'syntax-no-section': (p, t) => `这一行不在任何段内：Asterisk 报告 "No category context" 并${t(p.stops)}。`,
  'syntax-missing-name': () => '\'=\' 前面没有选项名：Asterisk 会跳过这一行（"No variable name"）。',
  'syntax-invalid-escape': (p, t) =>
    `行首的 '\\' 必须转义一个可见字符：Asterisk 报告 "Invalid escape" 并停止读取${t(p.file)}。`,
  'syntax-missing-equals': () =>
    "这一行没有 '='：Asterisk 会跳过它（\"No '=' (equal sign)\"）。请写成 `key = value`，或用 ';' 把它注释掉。",
  'syntax-unclosed-section/header': (p, t) => `段头缺少 ']'：${t(p.stops)}。`,
  'syntax-unclosed-section/template-list': (p, t) => `模板列表有 '(' 却没有 ')'：${t(p.stops)}。`,
  'section-trailing-text/space-before-template': (p) =>
    `由于前面有空格，Asterisk 会忽略 '${p.text}'：[${p.name}] 不是模板，而是一个普通段。`,
  'section-trailing-text/space-before-list': (p) =>
    `由于前面有空格，Asterisk 会忽略 '${p.text}'：[${p.name}] 不会继承任何模板。`,
  'section-trailing-text/after-header': (p) => `Asterisk 会忽略段头之后的 '${p.text}'。`,
  'unresolved-template/append': (p, t) =>
    `[${p.name}](+) 要追加到前面名为 '${p.name}' 的段，但并没有这样的段${t(p.note)}：${t(p.stops)}。`,
  'unresolved-template/empty-name': (p, t) => `模板名为空${t(p.note)}：${t(p.stops)}。`,
  'unresolved-template/no-such-section': (p, t) =>
    `这一行之前没有定义名为 '${p.name}' 的段${t(p.note)}：${t(p.stops)}。`,
  'include-not-found/no-match': (p, t) =>
    `没有文件匹配 '${p.arg}'（查找的是 ${p.pattern}）：Asterisk 报告 "listed as a #include but it does not exist" 并${t(p.stops)}。可选的文件请用 #tryinclude。`,
  'include-not-found/missing': (p, t) =>
    `'${p.arg}' 不存在（查找的是 ${p.pattern}）：Asterisk 报告 "listed as a #include but it does not exist" 并${t(p.stops)}。可选的文件请用 #tryinclude。`,
  'include-not-found/unreadable': (p, t) =>
    `'${p.arg}' ${t(p.problem)}（${p.path}）：Asterisk 无法把它当作配置加载，并${t(p.stops)}。`,
  'include-not-found/too-many-files': (p) =>
    `这个配置已经读取了 ${p.max} 个被包含的文件：'${p.path}' 及其后的文件不再检查（Asterisk 会继续读取它们）。`,
  'include-not-found/too-deep': (p) =>
    `#include 嵌套超过 ${p.max} 层：Asterisk 拒绝读取 '${p.arg}'，并停止读取本文件。`,
  'include-cycle/self': (p) =>
    `本文件包含了它自己：Asterisk 不检查循环，会反复读取它，直到达到 ${p.max} 层的包含上限，于是其中每个段都被定义多次，相关的对象类型会因重复而无法加载。`,
  'include-cycle/loop': (p) =>
    `'${p.arg}' 正在被读取（它包含了本文件）：Asterisk 不检查循环，会反复读取它，直到达到 ${p.max} 层的包含上限，于是其中每个段都被定义多次，相关的对象类型会因重复而无法加载。`,
  'include-duplicate': (p) =>
    `'${p.arg}' 已经被包含过：Asterisk 会再读一遍，于是其中每个对象都被定义两次，这些对象类型都会被拒绝加载。`,
} satisfies typeof enLoadMessages;
