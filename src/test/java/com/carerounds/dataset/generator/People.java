package com.carerounds.dataset.generator;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;

/** Plausible names, ID numbers and phone numbers for elders born in the 1920s–1950s. */
final class People {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "沈", "顾", "陆", "钱", "蒋", "姚", "金", "施", "俞");
    private static final List<String> WOMEN = List.of("桂英", "秀英", "玉兰", "凤英", "秀兰", "淑珍", "桂兰", "美英",
            "金娣", "惠芬", "秀珍", "月英", "素珍", "佩琴", "丽华", "雅芳", "爱娣", "阿妹", "彩凤", "雪琴");
    private static final List<String> MEN = List.of("建国", "德明", "志强", "国强", "福生", "根宝", "金宝", "永康",
            "文华", "国华", "家良", "兴福", "荣生", "伟民", "正华", "耀祖", "长林", "宝山", "志明", "树德");
    private static final List<String> MOBILE_PREFIXES = List.of("133", "135", "136", "137", "138", "139", "150",
            "151", "158", "159", "180", "186", "187", "189");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private final Random random;
    private final Set<String> issuedIds = new HashSet<>();

    People(Random random) {
        this.random = random;
    }

    String name(boolean woman) {
        return pick(SURNAMES) + pick(woman ? WOMEN : MEN);
    }

    /** Staff names: younger given names. */
    String staffName() {
        return pick(SURNAMES) + pick(List.of("晓燕", "伟", "静", "敏", "磊", "丽", "军", "颖", "婷", "俊", "慧", "洁", "勇", "霞"));
    }

    /** 18 characters: region, birth date, sequence (odd for men, even for women), check character; never twice. */
    String nationalId(String regionCode, LocalDate birthDate, boolean woman) {
        String id;
        do {
            id = candidateId(regionCode, birthDate, woman);
        } while (!issuedIds.add(id));
        return id;
    }

    private String candidateId(String regionCode, LocalDate birthDate, boolean woman) {
        int sequence = random.nextInt(500) * 2 + (woman ? 0 : 1);
        String first17 = regionCode + birthDate.toString().replace("-", "") + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }

    String mobile() {
        return pick(MOBILE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
