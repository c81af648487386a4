// Server messages of the evaluation fidelity work (issue 7), spread into MESSAGES by src/server/i18n.ts.
// Vietnamese first, English second.
import type { Catalogue } from '../../i18n.js';

export const EVALUATION_FIDELITY_MESSAGES = {
  'v.conduct.breach_after_decision': {
    vi: 'Ngày vi phạm không được sau ngày quyết định kỷ luật.',
    en: 'The breach cannot be dated after the discipline decision.',
  },
  'gate.not_completed.basic_targets': {
    vi: 'Đơn vị do mình trực tiếp lãnh đạo không hoàn thành {actual} chỉ tiêu cơ bản về kinh tế - xã hội được giao (cho phép {required}): xếp loại Không hoàn thành nhiệm vụ ({rule}).',
    en: 'The units led missed {actual} of the basic socio-economic targets assigned (allowed: {required}): Not completed ({rule}).',
  },
  'v.eval.split.general': {
    vi: 'Phần tiêu chí chung phải đúng {expected} điểm theo quy định (đang là {value}); bộ tiêu chí không tự chọn cơ cấu điểm ({rule}).',
    en: "The general part must be the regulation's {expected} points (it is {value}); a criteria set does not choose its own split ({rule}).",
  },
  'v.eval.split.results': {
    vi: 'Phần kết quả thực hiện nhiệm vụ phải đúng {expected} điểm theo quy định (đang là {value}); bộ tiêu chí không tự chọn cơ cấu điểm ({rule}).',
    en: "The task-results part must be the regulation's {expected} points (it is {value}); a criteria set does not choose its own split ({rule}).",
  },
} satisfies Catalogue;
