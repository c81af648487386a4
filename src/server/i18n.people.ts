// Messages of the people module's checks (spread into MESSAGES in i18n.ts).
export const PEOPLE_MESSAGES: Record<string, { vi: string; en: string }> = {
  'v.unknown_cadre_group': {
    vi: 'Nhóm đối tượng không có trong danh mục đã cấu hình; hãy chọn một nhóm trong danh sách.',
    en: 'This cadre group is not among the configured groups; choose one from the list.',
  },
};
