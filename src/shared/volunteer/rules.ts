// 志愿服务的年度合计（主进程和界面共用）：次数、人次 = 参加人数之和、时长 = 人数 × 人均时长之和
import type { VolunteerData, VolunteerSummary } from './schemas'

export function volunteerSummary(rows: Pick<VolunteerData, 'headcount' | 'hoursPerPerson' | 'served'>[]): VolunteerSummary {
  return {
    times: rows.length,
    personTimes: rows.reduce((s, r) => s + r.headcount, 0),
    // 人均时长按半小时填，乘以 2 后都是整数：先按整数加，避免小数误差
    hours: rows.reduce((s, r) => s + r.headcount * Math.round(r.hoursPerPerson * 2), 0) / 2,
    served: rows.reduce((s, r) => s + r.served, 0)
  }
}

/** 活动日期不能晚于今天。 */
export const volunteerErrors = (v: Pick<VolunteerData, 'activityDate'>, today: string): string[] => (v.activityDate > today ? [`活动日期 ${v.activityDate} 晚于今天`] : [])
