import type { safetyEn } from './safety.en'

export const safetyZhCN: Record<keyof typeof safetyEn, string> = {
  'safety.conflict.message': '这条记录已在别处改过，请重新载入或保留你的修改',
  'safety.conflict.title': '已在别处修改',
  'safety.conflict.body': '你打开之后，有人在另一个窗口或标签页保存过这条记录。你的修改还在。点“重新载入”用已保存的版本，或点“保留我的”用你的修改覆盖。',
  'safety.conflict.dialog': '你打开之后，有人在另一个窗口或标签页保存过这条记录。你的修改还在：点“保留我的”覆盖保存，或点“取消”查看已保存的版本。',
  'safety.conflict.reload': '重新载入',
  'safety.conflict.keepMine': '保留我的',
  'safety.section.changed': '你正在输入时，这一节在另一个窗口被改过。你写的内容还在。',
  'safety.section.loadTheirs': '载入对方的',
  'safety.section.keepMine': '保留我的',
  'safety.diskFull': '磁盘空间已满，这次没有保存任何内容；请腾出空间后再试',
  'safety.readOnly.title': '只读打开：这份数据是新版 Account Atlas 保存的',
  'safety.readOnly.body': '为了不丢掉新版加进去的内容，现在只能查看，改动都不会保存。请升级 Account Atlas 后再用；在“设置”里仍可把这份数据导出为备份。',
  'safety.readOnly.refused': '数据是新版保存的，现在只读打开，改动没有保存',
  'safety.readOnly.openSettings': '打开设置',
  'safety.readOnly.restoreLast': '回到最近一次快照…',
  'safety.readOnly.restoreConfirm.title': '回到 {date} 的快照？',
  'safety.readOnly.restoreConfirm.body': '新版保存的数据会先另存为一份快照，新版以后仍能恢复它。然后这台电脑上的数据换成 {date} 的快照，就可以继续编辑了；那之后的改动不在快照里。',
  'safety.readOnly.restoreConfirm.confirm': '回到这份快照',
  'safety.readOnly.restoreFailed': '没能回到快照：{message}。数据没有任何改动。'
}
