package io.revitalization.partnerships.domain;

/** Which way knowledge flowed in an activity. */
public enum FlowDirection {
    JP_TO_TW, TW_TO_JP, MUTUAL
}
