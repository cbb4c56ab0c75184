() => {
  // Gradio's own words (upload area, buttons, tooltips) follow the browser's language; an operator's
  // browser may be set to English, so they are put into Chinese here as they appear.
  const words = {
    "Drop File Here": "将文件拖到此处", "Click to Upload": "点击上传", "- or -": "或", "Clear": "清除",
    "Copy conversation": "复制对话", "Copy": "复制", "Copied!": "已复制", "Examples": "示例", "Submit": "提交",
    "Download": "下载", "Fullscreen": "全屏", "Copy table data": "复制表格", "More tabs": "更多标签页",
    "Loading...": "加载中……", "Error": "出错", "Search": "搜索", "Open cell menu": "单元格菜单",
    "Table actions": "表格操作", "File upload": "上传文件", "Click to upload or drop files": "点击上传或拖入文件",
    "chatbot conversation": "对话记录", "Dataframe": "表格", "Sort ascending": "从小到大排序",
    "Sort descending": "从大到小排序", "Clear sort": "取消排序", "Filter": "筛选", "Clear filters": "清除筛选", "common.complete": ""
  };
  const attributes = ["aria-label", "title", "placeholder"];
  const fix = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode, text = node.textContent.trim();
      if (text in words) node.textContent = node.textContent.replace(text, words[text]);
    }
    root.querySelectorAll && root.querySelectorAll("[aria-label],[title],[placeholder]").forEach((el) => {
      for (const name of attributes) {
        const value = el.getAttribute(name);
        if (value in words) el.setAttribute(name, words[value]);
      }
    });
  };
  fix(document.body);
  new MutationObserver((changes) => changes.forEach((c) => {
    c.addedNodes.forEach((n) => n.nodeType === 1 ? fix(n) : n.nodeType === 3 && fix(n.parentNode || document.body));
    if (c.type === "characterData" && c.target.parentNode) fix(c.target.parentNode);
  })).observe(document.body, {childList: true, subtree: true, characterData: true});
}
