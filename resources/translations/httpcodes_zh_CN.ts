<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>An offline reference for HTTP status codes.</source>
        <translation>离线的 HTTP 状态码参考手册。</translation>
    </message>
    <message>
        <source>Checked against the IANA HTTP Status Code Registry as of {date}, RFC 9110 and the RFCs that define the other codes. Vendor codes come from the vendors' documentation and source where available, and are marked where the source is secondary.</source>
        <translation>内容依据 {date} 版 IANA HTTP 状态码注册表、RFC 9110 以及定义其他状态码的各份 RFC 核对。厂商状态码尽量取自厂商自己的文档和源码；只有二手来源的，会明确标出。</translation>
    </message>
    <message>
        <source>The app never connects to the network; specification links open in your browser only when you click them.</source>
        <translation>本程序从不联网；规范链接只有在你点击时才会在浏览器中打开。</translation>
    </message>
    <message>
        <source>About httpcodes</source>
        <translation>关于 httpcodes</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Explain a Paste…</source>
        <translation>解读粘贴内容(&amp;E)…</translation>
    </message>
    <message>
        <source>Explain a pasted response, log line or error message (Ctrl+V pastes one)</source>
        <translation>解读粘贴的响应、日志行或错误信息（Ctrl+V 可直接粘贴）</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Focus the search box (also /)</source>
        <translation>把焦点移到搜索框（也可按 /）</translation>
    </message>
    <message>
        <source>Find in &amp;Page…</source>
        <translation>在页面中查找(&amp;P)…</translation>
    </message>
    <message>
        <source>Find a word in the details</source>
        <translation>在详情中查找文字</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Next match in the details (Enter in the find bar)</source>
        <translation>详情中的下一个匹配（查找栏中按 Enter）</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Previous match in the details (Shift+Enter in the find bar)</source>
        <translation>详情中的上一个匹配（查找栏中按 Shift+Enter）</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Clear the search box (Esc in the box)</source>
        <translation>清空搜索框（在框内按 Esc）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected text, or “404 Not Found”</source>
        <translation>复制选中的文字，或复制“404 Not Found”</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>复制状态码</translation>
    </message>
    <message>
        <source>Copy the number alone</source>
        <translation>只复制数字</translation>
    </message>
    <message>
        <source>Copy Status &amp;Line</source>
        <translation>复制状态行(&amp;L)</translation>
    </message>
    <message>
        <source>Copy “HTTP/1.1 404 Not Found”</source>
        <translation>复制“HTTP/1.1 404 Not Found”</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy the whole entry as Markdown</source>
        <translation>把整个条目复制为 Markdown</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Go back to the previous code (mouse back button too)</source>
        <translation>回到上一个状态码（也可用鼠标后退键）</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Go forward again (mouse forward button too)</source>
        <translation>再前进一步（也可用鼠标前进键）</translation>
    </message>
    <message>
        <source>Toggle &amp;Favourite</source>
        <translation>收藏/取消收藏(&amp;F)</translation>
    </message>
    <message>
        <source>Add or remove the code from favourites</source>
        <translation>把状态码加入或移出收藏</translation>
    </message>
    <message>
        <source>Show Favourites &amp;Only</source>
        <translation>只显示收藏(&amp;O)</translation>
    </message>
    <message>
        <source>Show only favourite codes</source>
        <translation>只显示已收藏的状态码</translation>
    </message>
    <message>
        <source>Show &amp;Unofficial Codes</source>
        <translation>显示非官方状态码(&amp;U)</translation>
    </message>
    <message>
        <source>Show vendor and unofficial codes</source>
        <translation>显示厂商自定义和非官方状态码</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>非官方</translation>
    </message>
    <message>
        <source>1xx Informational</source>
        <translation>1xx 信息响应</translation>
    </message>
    <message>
        <source>Show or hide 1xx codes</source>
        <translation>显示或隐藏 1xx 状态码</translation>
    </message>
    <message>
        <source>2xx Successful</source>
        <translation>2xx 成功</translation>
    </message>
    <message>
        <source>Show or hide 2xx codes</source>
        <translation>显示或隐藏 2xx 状态码</translation>
    </message>
    <message>
        <source>3xx Redirection</source>
        <translation>3xx 重定向</translation>
    </message>
    <message>
        <source>Show or hide 3xx codes</source>
        <translation>显示或隐藏 3xx 状态码</translation>
    </message>
    <message>
        <source>4xx Client Error</source>
        <translation>4xx 客户端错误</translation>
    </message>
    <message>
        <source>Show or hide 4xx codes</source>
        <translation>显示或隐藏 4xx 状态码</translation>
    </message>
    <message>
        <source>5xx Server Error</source>
        <translation>5xx 服务器错误</translation>
    </message>
    <message>
        <source>Show or hide 5xx codes</source>
        <translation>显示或隐藏 5xx 状态码</translation>
    </message>
    <message>
        <source>Show &amp;All Classes</source>
        <translation>显示全部类别(&amp;A)</translation>
    </message>
    <message>
        <source>Show every class again</source>
        <translation>重新显示所有类别</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>把文字放大</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>把文字缩小</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>恢复原始大小(&amp;R)</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>文字恢复正常大小</translation>
    </message>
    <message>
        <source>Go to Code &amp;List</source>
        <translation>转到状态码列表(&amp;L)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the list</source>
        <translation>把键盘焦点移到列表</translation>
    </message>
    <message>
        <source>Go to &amp;Details</source>
        <translation>转到详情(&amp;D)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the details</source>
        <translation>把键盘焦点移到详情</translation>
    </message>
    <message>
        <source>&amp;System Theme</source>
        <translation>跟随系统主题(&amp;S)</translation>
    </message>
    <message>
        <source>Follow the desktop's light or dark scheme</source>
        <translation>跟随桌面的浅色或深色配色</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>浅色主题(&amp;L)</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>始终使用浅色</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>始终使用深色</translation>
    </message>
    <message>
        <source>System &amp;Language</source>
        <translation>跟随系统语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the desktop's language</source>
        <translation>跟随桌面的语言设置</translation>
    </message>
    <message>
        <source>Which Code Should I &amp;Send?</source>
        <translation>该发送哪个状态码(&amp;S)？</translation>
    </message>
    <message>
        <source>Answer a few questions to find the code to send</source>
        <translation>回答几个问题，找到该发送的状态码</translation>
    </message>
    <message>
        <source>C&amp;ompare Selected Codes</source>
        <translation>比较所选状态码(&amp;O)</translation>
    </message>
    <message>
        <source>Codes side by side (Ctrl+click to select several)</source>
        <translation>并排比较状态码（按住 Ctrl 单击可选中多个）</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>列出所有快捷键</translation>
    </message>
    <message>
        <source>&amp;About httpcodes</source>
        <translation>关于 httpcodes(&amp;A)</translation>
    </message>
    <message>
        <source>Version and registry snapshot</source>
        <translation>版本和注册表快照日期</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>Focus the search box</source>
        <translation>把焦点移到搜索框</translation>
    </message>
    <message>
        <source>Any letter or digit</source>
        <translation>任意字母或数字</translation>
    </message>
    <message>
        <source>Start a search from anywhere outside a text field</source>
        <translation>在文本框以外的任何地方直接开始搜索</translation>
    </message>
    <message>
        <source>Esc (in the search box)</source>
        <translation>Esc（在搜索框内）</translation>
    </message>
    <message>
        <source>Clear the search; the code on screen stays</source>
        <translation>清空搜索；当前显示的状态码保留</translation>
    </message>
    <message>
        <source>Up / Down, Page Up / Page Down (in the search box)</source>
        <translation>Up / Down、Page Up / Page Down（在搜索框中）</translation>
    </message>
    <message>
        <source>Enter (in the search box or the list)</source>
        <translation>Enter（在搜索框或列表中）</translation>
    </message>
    <message>
        <source>Open the selected or first result in the details</source>
        <translation>在详情中打开选中的或第一个结果</translation>
    </message>
    <message>
        <source>F6 / Shift+F6</source>
        <translation>F6 / Shift+F6</translation>
    </message>
    <message>
        <source>Move between the search box, the list and the details</source>
        <translation>在搜索框、列表和详情之间移动</translation>
    </message>
    <message>
        <source>Tab, then Enter (in the details)</source>
        <translation>Tab，然后 Enter（在详情中）</translation>
    </message>
    <message>
        <source>Follow a link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Esc (in the find bar)</source>
        <translation>Esc（在查找栏中）</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>1 to 9, 0 (in the guide)</source>
        <translation>1 至 9、0（在“该发送哪个状态码”中）</translation>
    </message>
    <message>
        <source>Take that answer (0 the tenth); Up / Down and Enter choose one too</source>
        <translation>选择该编号的回答（0 为第十个）；也可用上 / 下方向键和 Enter 选择</translation>
    </message>
    <message>
        <source>Backspace (in the guide)</source>
        <translation>Backspace（在“该发送哪个状态码”中）</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>回到上一个问题</translation>
    </message>
    <message>
        <source>Enter (in a comparison's table)</source>
        <translation>Enter（在比较表格中）</translation>
    </message>
    <message>
        <source>Open the code of that column</source>
        <translation>打开该列的状态码</translation>
    </message>
    <message>
        <source>Esc (in the guide or a comparison)</source>
        <translation>Esc（在“该发送哪个状态码”或比较中）</translation>
    </message>
    <message>
        <source>Back to the details</source>
        <translation>回到详情</translation>
    </message>
    <message>
        <source>Mouse back / forward buttons</source>
        <translation>鼠标的后退 / 前进键</translation>
    </message>
    <message>
        <source>Move through the results without leaving the box</source>
        <translation>不离开搜索框，在结果间移动</translation>
    </message>
    <message>
        <source>Back and forward</source>
        <translation>后退和前进</translation>
    </message>
    <message>
        <source>Menu key / Shift+F10 (in the list)</source>
        <translation>菜单键 / Shift+F10（在列表中）</translation>
    </message>
    <message>
        <source>Copy menu for the selected code</source>
        <translation>选中状态码的复制菜单</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>unofficial</source>
        <translation>非官方</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>obsoleted</source>
        <translation>已废弃</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <source>{count} of {total} codes shown</source>
        <translation>显示 {count} / {total} 个状态码</translation>
    </message>
    <message>
        <source>1 match for “{query}”</source>
        <translation>“{query}”有 1 个匹配</translation>
    </message>
    <message>
        <source>{count} matches for “{query}”</source>
        <translation>“{query}”共 {count} 个结果</translation>
    </message>
    <message>
        <source> · {hidden} hidden by filters</source>
        <translation> · {hidden} 个被筛选隐藏</translation>
    </message>
    <message>
        <source> · {more} more: refine the search</source>
        <translation> · 另有 {more} 个：请缩小搜索范围</translation>
    </message>
    <message>
        <source>{count} codes match “{query}”, but the filters hide them. Ctrl+Shift+A shows every class, Ctrl+U unofficial codes, Ctrl+Shift+D leaves favourites only.</source>
        <translation>有 {count} 个状态码匹配“{query}”，但都被筛选隐藏了。Ctrl+Shift+A 显示所有类别，Ctrl+U 显示非官方状态码，Ctrl+Shift+D 退出“只看收藏”。</translation>
    </message>
    <message>
        <source>Nothing matches “{query}”. Suggestions are on the right.</source>
        <translation>没有结果匹配“{query}”。右侧有搜索建议。</translation>
    </message>
    <message>
        <source>No favourites yet. Select a code and press Ctrl+D to add it.</source>
        <translation>还没有收藏。选中一个状态码，按 Ctrl+D 即可收藏。</translation>
    </message>
    <message>
        <source>Every class is hidden. Press Ctrl+Shift+A to show them all.</source>
        <translation>所有类别都被隐藏了。按 Ctrl+Shift+A 全部显示。</translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>没有结果</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Redirects</source>
        <translation>重定向</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>谁能看到</translation>
    </message>
    <message>
        <source>Bad request or invalid content</source>
        <translation>请求错误还是内容无效</translation>
    </message>
    <message>
        <source>Missing or gone</source>
        <translation>不存在还是已删除</translation>
    </message>
    <message>
        <source>Server and gateway failures</source>
        <translation>服务器与网关故障</translation>
    </message>
    <message>
        <source>Rate limit or unavailable</source>
        <translation>限流还是暂不可用</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Conflicts and preconditions</source>
        <translation>冲突与前提条件</translation>
    </message>
    <message>
        <source>Copied the comparison as Markdown</source>
        <translation>已将比较复制为 Markdown</translation>
    </message>
    <message>
        <source>Compare codes</source>
        <translation>比较状态码</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Copy the comparison as a Markdown table</source>
        <translation>把比较结果复制为 Markdown 表格</translation>
    </message>
    <message>
        <source>Ready-made comparisons…</source>
        <translation>常见比较…</translation>
    </message>
    <message>
        <source>Highlighted rows differ between the codes. Click a code to open it.</source>
        <translation>高亮的行表示各状态码在此不同。点击状态码可打开它。</translation>
    </message>
    <message>
        <source>Choose a ready-made comparison, or select two or more codes in the list (Ctrl+click) and choose Compare.</source>
        <translation>选择一个常见比较，或在列表中选中两个或更多状态码（Ctrl+单击），再选择“比较”。</translation>
    </message>
</context>
<context>
    <name>Copier</name>
    <message>
        <source>Copied: {text}</source>
        <translation>已复制：{text}</translation>
    </message>
    <message>
        <source>{library} has no constant for {code}</source>
        <translation>{library} 没有 {code} 的常量</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>phrase “{phrase}”</source>
        <translation>原因短语“{phrase}”</translation>
    </message>
    <message>
        <source>{count} codes</source>
        <translation>{count} 个状态码</translation>
    </message>
    <message>
        <source>No code matches “{query}”</source>
        <translation>没有状态码匹配“{query}”</translation>
    </message>
    <message>
        <source>Search takes a code (404), the start of one (40), a class (4xx), a name (not found), plain words (rate limit), a vendor (nginx), a spec (rfc 6585) or a library constant (StatusTooManyRequests), in English or Chinese.</source>
        <translation>可以搜索状态码（404）、状态码开头（40）、类别（4xx）、名称（not found、未找到）、普通词语（rate limit、限流）、厂商（nginx）、规范（rfc 6585）或库中的常量名（StatusTooManyRequests），中英文都可以。</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>试试</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy “404 Not Found” (Ctrl+C); more choices in the menu</source>
        <translation>复制“404 Not Found”（Ctrl+C）；菜单里有更多选项</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Code and Phrase</source>
        <translation>状态码和短语</translation>
    </message>
    <message>
        <source>Status Line</source>
        <translation>状态行</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>常量</translation>
    </message>
    <message>
        <source>Copy Status Line</source>
        <translation>复制状态行</translation>
    </message>
    <message>
        <source>Copy status line</source>
        <translation>复制状态行</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>复制 Markdown</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Add to or remove from favourites (Ctrl+D)</source>
        <translation>加入或移出收藏（Ctrl+D）</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ 收藏</translation>
    </message>
    <message>
        <source>({count} unofficial meanings)</source>
        <translation>（{count} 种非官方含义）</translation>
    </message>
    <message>
        <source>{count} matches, best: {title}</source>
        <translation>{count} 个结果，最佳：{title}</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>plain words</source>
        <translation>普通词语</translation>
    </message>
    <message>
        <source>a class</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>在页面中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一个匹配（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>下一个匹配（Enter、F3）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有匹配</translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>第 {current} 个，共 {count} 个</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Which code should I send?</source>
        <translation>该发送哪个状态码？</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Back to the previous question (Backspace)</source>
        <translation>回到上一个问题（Backspace）</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Compare with the near misses</source>
        <translation>与易混淆的状态码比较</translation>
    </message>
    <message>
        <source>Answer a few questions to find the status code to send.</source>
        <translation>回答几个问题，找到该发送的状态码。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Send {title}</source>
        <translation>发送 {title}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What to send with it</source>
        <translation>随之发送什么</translation>
    </message>
    <message>
        <source>Near misses</source>
        <translation>容易混淆的状态码</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Open {title}</source>
        <translation>打开 {title}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Added to favourites: {title}</source>
        <translation>已收藏：{title}</translation>
    </message>
    <message>
        <source>Removed from favourites: {title}</source>
        <translation>已取消收藏：{title}</translation>
    </message>
    <message>
        <source>Opening {url} in your browser</source>
        <translation>正在浏览器中打开 {url}</translation>
    </message>
    <message>
        <source>No match — httpcodes</source>
        <translation>没有匹配 — httpcodes</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <source>Copy Constant</source>
        <translation>复制常量</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Copy Co&amp;nstant</source>
        <translation>复制常量(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>F&amp;avourites</source>
        <translation>收藏(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Recently Viewed</source>
        <translation>最近查看(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>No favourites yet (Ctrl+D adds one)</source>
        <translation>还没有收藏（按 Ctrl+D 添加）</translation>
    </message>
    <message>
        <source>Nothing viewed yet</source>
        <translation>还没有查看记录</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>Could not open the link: no web browser answered.</source>
        <translation>无法打开链接：没有浏览器响应。</translation>
    </message>
    <message>
        <source>Copy the address and open it yourself:</source>
        <translation>复制地址，自己打开：</translation>
    </message>
    <message>
        <source>{count} problems with your catalogue files; the rest loaded:</source>
        <translation>你的目录文件有 {count} 处问题；其余内容已加载：</translation>
    </message>
    <message>
        <source>… and {count} more (see the log)</source>
        <translation>……还有 {count} 处（见日志）</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search codes, names, words, vendors, constants…  (Ctrl+K)</source>
        <translation>搜索状态码、名称、词语、厂商、常量……（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Type a code, a name or words; Up and Down move through results</source>
        <translation>输入状态码、名称或词语；上下方向键在结果间移动</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Show {key} codes</source>
        <translation>显示 {key} 状态码</translation>
    </message>
    <message>
        <source>Show unofficial codes</source>
        <translation>显示非官方状态码</translation>
    </message>
    <message>
        <source>Show favourites only</source>
        <translation>只显示收藏</translation>
    </message>
</context>
<context>
    <name>SessionState</name>
    <message>
        <source>There is no view called {name}</source>
        <translation>没有名为 {name} 的视图</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>HTTP status codes</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message>
        <source>Type a code, a name or plain words in the search box (Ctrl+K), or choose a code below.</source>
        <translation>在搜索框（Ctrl+K）中输入状态码、名称或普通词语，或者在下面选一个状态码。</translation>
    </message>
    <message>
        <source>Common codes</source>
        <translation>常见状态码</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>最近查看</translation>
    </message>
</context>
<context>
    <name>ToggleButton</name>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Hide httpcodes</source>
        <translation>隐藏 httpcodes(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Show httpcodes</source>
        <translation>显示 httpcodes(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New Search</source>
        <translation>新搜索(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Close to Tray</source>
        <translation>关闭时最小化到托盘(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <source>Responses, in the order they arrived</source>
        <translation>响应，按到达顺序</translation>
    </message>
    <message>
        <source>Log lines, with the status each one records</source>
        <translation>日志行，以及每行记录的状态码</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Headers that matter here</source>
        <translation>相关的头部</translation>
    </message>
    <message>
        <source>No findings: the response follows the rules.</source>
        <translation>没有发现问题：响应符合规范。</translation>
    </message>
    <message>
        <source>Only the status was pasted: no header could be checked.</source>
        <translation>只粘贴了状态行：无法检查头部。</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Not a known status code.</source>
        <translation>不是已知的状态码。</translation>
    </message>
    <message>
        <source>Codes behind it:</source>
        <translation>背后的状态码：</translation>
    </message>
    <message>
        <source>Best matches</source>
        <translation>最佳匹配</translation>
    </message>
    <message>
        <source>Nothing here was recognised.</source>
        <translation>没有识别出任何内容。</translation>
    </message>
    <message>
        <source>Only the first MiB of the text was read.</source>
        <translation>只读取了文本的前 1 MiB。</translation>
    </message>
    <message>
        <source>Paste a response, a curl transcript, log lines or an error message above. Each status is explained with the headers that matter and what is wrong with it; an error message finds the codes behind it. Nothing you paste is stored or sent anywhere.</source>
        <translation>在上方粘贴响应、curl 输出、日志行或错误信息。每个状态码都会连同相关头部一起解读，并指出其中的问题；错误信息会找到背后的状态码。粘贴的内容不会被保存，也不会发送到任何地方。</translation>
    </message>
    <message>
        <source>Explain a response, a log line or an error message</source>
        <translation>解读响应、日志行或错误信息</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Paste here: curl -i or curl -v output, a response head, the browser's developer tools, access-log lines, or an error message.</source>
        <translation>在此粘贴：curl -i 或 curl -v 的输出、响应头、浏览器开发者工具中的内容、访问日志行或错误信息。</translation>
    </message>
    <message>
        <source>Text to explain</source>
        <translation>要解读的文本</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解读结果</translation>
    </message>
</context>
</TS>
